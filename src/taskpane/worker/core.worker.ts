// The Web Worker holding the pure core (validation, appendix building): the pane's thread
// only reads and writes the workbook, so it never freezes on a large plan.
import { expose } from 'comlink';
import { CORE } from './coreApi';

expose(CORE);
