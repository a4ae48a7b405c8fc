// Styles of the chip, inside its shadow root.
export const CHIP_CSS = `
:host { all: initial; }
.chip { font: 12px/1.4 system-ui, sans-serif; color: #1f2937; display: inline-flex; flex-wrap: wrap;
  align-items: center; gap: 4px; margin: 4px 8px; }
button, select { font: inherit; }
.tag { border: 1px solid #c7d2fe; background: #eef2ff; color: #312e81; border-radius: 999px;
  padding: 2px 10px; cursor: pointer; }
.tag:focus-visible, button:focus-visible, select:focus-visible { outline: 2px solid #4f46e5; outline-offset: 2px; }
.brand { font-weight: 600; }
.proposal button { border: 1px solid #4f46e5; background: #4f46e5; color: #fff; border-radius: 6px; padding: 2px 8px;
  cursor: pointer; }
.proposal button.quiet { background: transparent; color: #4f46e5; }
.edit { display: inline-flex; gap: 6px; align-items: center; background: #fff; border: 1px solid #d1d5db;
  border-radius: 8px; padding: 4px 8px; }
.msg:empty { display: none; }
.msg { color: #065f46; }
@media (prefers-color-scheme: dark) {
  .chip { color: #e5e7eb; }
  .tag { background: #312e81; color: #e0e7ff; border-color: #4338ca; }
  .edit { background: #111827; border-color: #374151; }
  .msg { color: #6ee7b7; }
}
`;
