/**
 * The bundle's entry: everything exported here becomes a top-level function in
 * dist/Code.js (scripts/build.ts writes the stubs). Loading it does no work.
 */
export * from './functions';
export {
  onOpen,
  onInstall,
  showSidebar,
  showHelp,
  generateFromMenu,
  generateFromSidebar,
  sidebarState,
  openReportTab,
  importTickets,
  saveTicketMapping,
} from './ui/server';
