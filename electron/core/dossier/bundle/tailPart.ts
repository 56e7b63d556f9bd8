import { PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';
import {
  stampText,
  type ExclusionReason,
  type StampOptions,
} from '../../../../shared/domain/dossier';
import type { BundleDocument } from './bundleTypes';
import { copyDocument } from './copyDocument';
import type { FetchOriginal, ReportProgress } from './buildBundle';
import { createRefRewriter } from './rewriteRefs';
import { Stamper } from './stamper';
import { unshapedFontkit } from './unshapedFontkit';

/**
 * The second half of a large bundle, built by a second worker on the other core: its documents
 * are parsed and copied there while the first worker copies the first half. Its pages hang
 * under a page-tree node of their own, which the first worker links into the bundle's page tree;
 * once the first worker knows how many objects it has, this half renumbers its objects to follow
 * them and hands them over already written, so the first worker's save only copies the bytes.
 */

export type TailOutcome =
  { ok: true; pages: number; first: number } | { ok: false; reason: ExclusionReason };

export interface TailCopied {
  outcomes: TailOutcome[];
  /** Object number (in this half's numbering) of the node its pages hang under. */
  root: number;
}

export interface TailFinish {
  /** Added to every object number of this half. */
  offset: number;
  /** Object number of the bundle's page-tree root, this half's node's parent. */
  parent: number;
}

export interface TailBody {
  /** Every object written one after the other, without `N 0 obj` / `endobj`. */
  bytes: Uint8Array;
  /** Per object: its final number, then start and end offsets in `bytes`. */
  objects: number[];
}

export class TailPart {
  private constructor(
    private readonly out: PDFDocument,
    private readonly font: Uint8Array,
  ) {}

  static async create(regularFont: Uint8Array): Promise<TailPart> {
    const out = await PDFDocument.create({ updateMetadata: false });
    out.registerFontkit(unshapedFontkit);
    return new TailPart(out, regularFont);
  }

  async copy(
    documents: BundleDocument[],
    fetchOriginal: FetchOriginal,
    burnIn: boolean,
    onProgress: ReportProgress,
  ): Promise<TailCopied> {
    const outcomes: TailOutcome[] = [];
    for (const [index, document] of documents.entries()) {
      onProgress(index, documents.length, document.title);
      const outcome = await copyDocument(this.out, document, await fetchOriginal(index), burnIn);
      outcomes.push(
        outcome.ok
          ? { ok: true, pages: outcome.pages.length, first: outcome.pages[0]!.ref.objectNumber }
          : outcome,
      );
    }
    onProgress(documents.length, documents.length, null);
    return { outcomes, root: this.rootRef().objectNumber };
  }

  /**
   * Stamps this half's pages, the first with the bundle's page `start` (0-based), while the
   * first worker makes its own pages: asked for as soon as the front pages' count is known.
   */
  async stamp(stamp: StampOptions, start: number): Promise<void> {
    const { out } = this;
    const stamper = new Stamper(out, await out.embedFont(this.font, { subset: true }), stamp);
    out
      .getPages()
      .forEach((page, index) => stamper.stampPage(page, stampText(stamp, start + index)));
    await out.flush();
  }

  finish(request: TailFinish): TailBody {
    const { out } = this;

    const catalog = out.context.trailerInfo.Root as PDFRef;
    const objects: [PDFRef, PDFObject][] = out.context
      .enumerateIndirectObjects()
      .filter(([ref]) => ref !== catalog);
    const renumber = createRefRewriter((ref) =>
      PDFRef.of(ref.objectNumber + request.offset, ref.generationNumber),
    );
    for (const [, object] of objects) renumber(object);
    // After renumbering: the parent is already in the bundle's numbering.
    out.catalog.Pages().set(PDFName.of('Parent'), PDFRef.of(request.parent));

    const sizes = objects.map(([, object]) => object.sizeInBytes());
    const bytes = new Uint8Array(sizes.reduce((sum, size) => sum + size, 0));
    const placed: number[] = [];
    let offset = 0;
    objects.forEach(([ref, object], index) => {
      object.copyBytesInto(bytes, offset);
      placed.push(ref.objectNumber + request.offset, offset, offset + sizes[index]!);
      offset += sizes[index]!;
    });
    return { bytes, objects: placed };
  }

  private rootRef(): PDFRef {
    return this.out.catalog.get(PDFName.of('Pages')) as PDFRef;
  }
}
