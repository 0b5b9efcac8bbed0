/** Ticket import: files to Tickets-tab rows, shared by the sidebar, the server and the demo. */
export * from './columns';
export * from './csv';
export * from './dates';
export * from './normalize';
export * from './profiles';
export * from './pipeline';
export * from './wire';
export * from './guess';
export * from './summary';
export * from './feeds';
export * from './desks';
