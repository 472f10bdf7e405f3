import { summarize, type Finding } from '../../model/finding';
import { cellRef, findingMessage } from '../../taskpane/findingsFilter';
import { useI18n } from '../../taskpane/i18n';
import { SEVERITY_LABEL_KEY, codeTitle } from '../../taskpane/components/FindingsList';
import { usePageText } from '../pageStrings';

/**
 * The report as it prints (A4, for the officer who signs on paper): hidden on screen, the only
 * thing on the page in print. Unit, file, date, counts and every finding.
 */
export function PrintReport({
  fileName,
  unitName,
  findings,
  checkedAt,
}: {
  fileName: string;
  unitName: string;
  findings: Finding[];
  checkedAt: Date;
}) {
  const { lang, t } = useI18n();
  const p = usePageText();
  const counts = summarize(findings);
  const date = `${pad(checkedAt.getDate())}/${pad(checkedAt.getMonth() + 1)}/${checkedAt.getFullYear()}`;
  return (
    <section className="mtqg-print-only mtqg-print-report" data-testid="print-report">
      <h2>{p('printHeading')}</h2>
      <p>
        <strong>{p('printUnit')}:</strong> {unitName || '…………………………'}
        <br />
        <strong>{p('printFile')}:</strong> {fileName}
        <br />
        <strong>{p('printDate')}:</strong> {date}
        <br />
        {p('summaryCounts', { error: counts.error, warning: counts.warning, info: counts.info })}
      </p>
      <table className="mtqg-print-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{p('printSeverity')}</th>
            <th scope="col">{p('printCell')}</th>
            <th scope="col">{p('printFinding')}</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{t(SEVERITY_LABEL_KEY[f.severity])}</td>
              <td>{cellRef(f)}</td>
              <td>
                <strong>{codeTitle(f.code, lang)}</strong> — {findingMessage(f, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mtqg-print-sign">{p('printSigner')}</p>
    </section>
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
