import type { SnippetPart } from '../../../../shared/domain/search';

/** A page's snippet with the matched words marked, in the form they have on the page. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((part, index) =>
        part.hit ? (
          <mark key={index} className="snippet__hit">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
