/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Recipient of "Meld een wijziging" mails. */
  readonly VITE_REPORT_EMAIL?: string;
  /** `aan` switches the online PDOK basemap on by default. */
  readonly VITE_ONLINE_BASEMAP?: string;
  /** Recipient of "Weet u meer? Geef het door" mails; falls back to VITE_REPORT_EMAIL. */
  readonly VITE_CONTRIBUTE_EMAIL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
