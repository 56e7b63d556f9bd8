import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { parseDocumentLink } from '../../../../shared/domain/note';

/**
 * The one schema of a note, shared by the editor, the read-only history preview and the Markdown
 * conversion, so a stored document always parses in all three.
 *
 * Links: only `casefile://document/` hrefs are live; any other href (from an imported Markdown
 * file) is kept in the stored document but rendered with an empty href, so nothing can open it.
 * Autolinking and link-on-paste are off: a pasted URL stays text in an offline app.
 */
export function noteExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      underline: false,
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: false,
        enableClickSelection: false,
        protocols: ['casefile'],
        isAllowedUri: (url) => parseDocumentLink(url) !== null,
        // No target/rel: the link is never followed by the browser, only by our click handler.
        HTMLAttributes: { target: null, rel: null, class: null },
      },
    }),
  ];
}
