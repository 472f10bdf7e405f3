import { useRef, useState, type DragEvent } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { usePageText } from '../pageStrings';

/** The drop zone and file picker: one or more .xlsx files, read in this page only. */
export function FileDrop({ onFiles }: { onFiles: (files: File[]) => void }) {
  const p = usePageText();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (files.length) onFiles(files);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };

  return (
    <section
      className={`mtqg-drop${over ? ' mtqg-drop-over' : ''}`}
      aria-labelledby="mtqg-drop-title"
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Text as="h2" weight="semibold" size={500} id="mtqg-drop-title">
        {p('dropTitle')}
      </Text>
      <Text as="p">{p('dropHint')}</Text>
      <input
        ref={input}
        id="mtqg-file-input"
        data-testid="file-input"
        className="mtqg-visually-hidden"
        type="file"
        multiple
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={p('fileInputLabel')}
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
      <Button appearance="primary" size="large" onClick={() => input.current?.click()}>
        {p('chooseFiles')}
      </Button>
    </section>
  );
}
