import type { Settings } from '../domain/settings';
import type { DownloadRequest } from './components/Downloads';
import { saveDownload } from './downloadNames';
import type { OpenedFile } from './worker/pageApi';
import type { PageCore } from './worker/pageClient';

/** A download handed to the browser: the file's name and what to tell her about the file. */
export interface SavedDownload {
  name: string;
  remarks: string[];
}

/** The page's downloads: made in the worker, handed to the browser here; each answers with the file name. */
export interface PageDownloads {
  forFile(file: OpenedFile, request: DownloadRequest): Promise<SavedDownload>;
  consolidated(files: OpenedFile[]): Promise<string>;
  blankTemplate(settings: Partial<Settings>): Promise<string>;
}

export function pageDownloads(core: PageCore, save = saveDownload): PageDownloads {
  return {
    async forFile(file, request) {
      const made = await core.makeDownload(file.id, request.kind, { unverified: request.unverified });
      save(made.name, made.data);
      return { name: made.name, remarks: made.remarks ?? [] };
    },
    async consolidated(files) {
      const made = await core.makeConsolidated(files.map((f) => f.id));
      save(made.name, made.data);
      return made.name;
    },
    async blankTemplate(settings) {
      const made = await core.makeBlankTemplate(settings);
      save(made.name, made.data);
      return made.name;
    },
  };
}
