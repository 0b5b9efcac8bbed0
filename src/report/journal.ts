/**
 * Every change an update makes is recorded with how to undo it, so a failure at any service
 * call leaves the report as it was: the changes made so far are undone, newest first.
 */
export class Journal {
  private readonly undos: (() => void)[] = [];

  /** Records how to undo a change that has just been made. */
  done(undo: () => void): void {
    this.undos.push(undo);
  }

  /** Undoes everything recorded, newest first; an undo that fails does not stop the others. */
  rollback(): void {
    while (this.undos.length) {
      try {
        this.undos.pop()!();
      } catch {
        // Keep undoing: the rest still restores as much as it can.
      }
    }
  }
}
