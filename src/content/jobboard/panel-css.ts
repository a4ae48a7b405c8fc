// Panel styles, scoped by the shadow root. Light and dark follow the system.
export const PANEL_CSS = `
:host { all: initial; }
.panel {
  font: 14px/1.4 system-ui, sans-serif; color: #1c1b29; background: #fff;
  border: 1px solid #d5d3e8; border-radius: 12px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  padding: 12px 14px; max-width: 280px;
}
.title { margin: 0 0 8px; font-weight: 600; overflow-wrap: anywhere; }
button {
  font: inherit; color: #fff; background: #4f46e5; border: 0; border-radius: 8px;
  padding: 8px 12px; cursor: pointer;
}
button:focus-visible { outline: 3px solid #a5b4fc; outline-offset: 2px; }
button:disabled { opacity: 0.7; cursor: progress; }
.status { margin: 0; color: #166534; font-weight: 600; }
.error { margin: 8px 0 0; color: #b91c1c; }
@media (prefers-color-scheme: dark) {
  .panel { color: #ecebf7; background: #1f1e2e; border-color: #3b3a55; }
  .status { color: #86efac; }
  .error { color: #fca5a5; }
}
`;
