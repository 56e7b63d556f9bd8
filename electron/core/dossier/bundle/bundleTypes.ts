import type {
  DossierEntry,
  DossierLanguage,
  ExclusionReason,
  StampOptions,
} from '../../../../shared/domain/dossier';

/** Everything the bundle worker needs besides the originals' bytes: plain data, it crosses postMessage. */
export interface BundlePlan {
  language: DossierLanguage;
  /** ISO time of the export (printed on the cover). */
  generatedAt: string;
  appVersion: string;
  case: {
    title: string;
    number: string | null;
    court: string | null;
    judge: string | null;
    /** role: a PARTY_ROLES value; translated by the bundle builder. */
    parties: { name: string; role: string }[];
  };
  preparedBy: string | null;
  include: {
    cover: boolean;
    inventory: boolean;
    chronology: boolean;
    notes: boolean;
    annotations: boolean;
  };
  stamp: StampOptions;
  sections: { title: string; documents: BundleDocument[] }[];
  chronology: {
    /** Already formatted: 14.05.2024, 05.2024, 2024, 01.05.2024–03.05.2024 or the word for undated. */
    date: string;
    statement: string;
    source: string | null;
    status: string;
    importance: string;
  }[];
  /** Plain text (noteDocText), one entry per note. */
  notes: { title: string; text: string }[];
}

export interface BundleDocument {
  documentId: string;
  title: string;
  docType: string;
  docDate: string | null;
  /** Only application/pdf is merged; JPEG/PNG become one page each; anything else is excluded 'not_pdf'. */
  mediaType: string;
  /** For encrypted originals, from the export options. */
  password: string | null;
  annotations: {
    page: number;
    color: string;
    rects: { x: number; y: number; width: number; height: number }[];
    kind: 'highlight' | 'comment';
    point: { x: number; y: number } | null;
    comment: string | null;
  }[];
}

export interface BundleOutput {
  /** The bundle PDF. */
  bytes: Uint8Array;
  pages: number;
  /** One per document of the plan, in order. */
  entries: DossierEntry[];
  excluded: { documentId: string; title: string; reason: ExclusionReason }[];
  /** Whether the generated pages use the ready-made font subsets (else fontkit was loaded). */
  prebuiltFonts: boolean;
}
