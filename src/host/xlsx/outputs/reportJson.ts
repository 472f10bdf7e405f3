import { formatJson } from '../../../validation';
import type { CheckedFile } from './checkFile';

/** The findings as `mtqg validate --format json` prints them. */
export function reportJson(checked: Pick<CheckedFile, 'name' | 'findings'>): string {
  return formatJson(checked.findings, { file: checked.name });
}
