// HtmlService: HTML outputs from the bundle's .html files (createHtmlOutputFromFile) or strings.
import type { Execution } from '../execution';

/** An HtmlOutput: content and title, as Ui.showSidebar reads them. */
export function htmlOutput(initial: string) {
  let content = initial;
  let title = '';
  const self = {
    getContent: () => content,
    setContent(html: string) {
      content = String(html);
      return self;
    },
    append(html: string) {
      content += String(html);
      return self;
    },
    getTitle: () => title,
    setTitle(value: string) {
      title = String(value);
      return self;
    },
    setWidth: () => self,
    setHeight: () => self,
    setSandboxMode: () => self,
    setXFrameOptionsMode: () => self,
    setFaviconUrl: () => self,
    addMetaTag: () => self,
    toString: () => 'HtmlOutput',
  };
  return self;
}

/** The global `HtmlService` of one execution; `files` maps a file name without `.html` to its content. */
export function createHtmlService(exec: Execution, files: Map<string, string>) {
  return {
    createHtmlOutputFromFile(name: string) {
      exec.enter('HtmlService.createHtmlOutputFromFile', 'basic');
      const content = files.get(String(name).replace(/\.html$/, ''));
      if (content === undefined) throw exec.error(`Exception: No HTML file named ${name} was found.`);
      return htmlOutput(content);
    },
    createHtmlOutput(html = '') {
      exec.enter('HtmlService.createHtmlOutput', 'basic');
      return htmlOutput(String(html));
    },
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    toString: () => 'HtmlService',
  };
}
