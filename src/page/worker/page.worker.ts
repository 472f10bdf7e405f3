// The page's Web Worker: reads and checks her files (and builds the downloads) so the page
// never freezes, even on a 12,000-line workbook.
import { expose } from 'comlink';
import { PAGE_API } from './pageApi';

expose(PAGE_API);
