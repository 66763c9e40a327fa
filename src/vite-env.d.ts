/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Recipient of "Meld een wijziging" mails. */
  readonly VITE_REPORT_EMAIL?: string;
  /** `aan` switches the online PDOK basemap on by default. */
  readonly VITE_ONLINE_BASEMAP?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
