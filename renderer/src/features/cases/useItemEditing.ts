import { useEffect, useRef, useState } from 'react';

type Editing<Id> = { mode: 'none' } | { mode: 'add' } | { mode: 'edit'; id: Id };

/** Where focus goes once the form or dialog that held it has gone from the page. */
type PendingFocus<Id> = { after: 'form' | 'dialog'; to: { add: true } | { edit: Id } };

interface Resettable {
  reset: () => void;
}

/**
 * The add / edit / remove state of a list on the case page (parties, hearings).
 *
 * Each form and dialog opens clean (the last attempt's error is reset on opening, when the same
 * click also shows it). Focus never falls to <body>: after editing an item it returns to that
 * item's Edit button; after adding, removing or cancelling an add it goes to the Add button.
 */
export function useItemEditing<Id, Item>(mutations: {
  add: Resettable;
  update: Resettable;
  remove: Resettable;
}) {
  const [editing, setEditing] = useState<Editing<Id>>({ mode: 'none' });
  const [removing, setRemoving] = useState<Item | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const editButtons = useRef(new Map<Id, HTMLButtonElement>());
  const pendingFocus = useRef<PendingFocus<Id> | null>(null);

  // After every commit: the target exists only once the form or dialog has really closed.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const closed = pending.after === 'form' ? editing.mode === 'none' : removing === null;
    if (!closed) return;
    pendingFocus.current = null;
    const target =
      'add' in pending.to ? addButton.current : editButtons.current.get(pending.to.edit);
    target?.focus();
  });

  return {
    editing,
    removing,
    /** Ref for the list's Add button. */
    bindAddButton: (element: HTMLButtonElement | null) => {
      addButton.current = element;
    },
    isEditing: (id: Id) => editing.mode === 'edit' && editing.id === id,
    /** Ref for an item's Edit button, so focus can come back to it. */
    bindEditButton: (id: Id) => (element: HTMLButtonElement | null) => {
      if (element) editButtons.current.set(id, element);
      else editButtons.current.delete(id);
    },
    startAdd: () => {
      mutations.add.reset();
      setEditing({ mode: 'add' });
    },
    startEdit: (id: Id) => {
      mutations.update.reset();
      setEditing({ mode: 'edit', id });
    },
    /** After a save or a cancel. */
    closeForm: () => {
      pendingFocus.current = {
        after: 'form',
        to: editing.mode === 'edit' ? { edit: editing.id } : { add: true },
      };
      setEditing({ mode: 'none' });
    },
    askToRemove: (item: Item) => {
      mutations.remove.reset();
      setRemoving(item);
    },
    /** Cancelled: the dialog returns focus to its Remove button. Removed: that button is gone. */
    closeRemove: (removed: boolean) => {
      if (removed) pendingFocus.current = { after: 'dialog', to: { add: true } };
      setRemoving(null);
    },
  };
}
