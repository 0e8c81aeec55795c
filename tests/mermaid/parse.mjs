// Parse each Mermaid file given with Mermaid itself (in a simulated DOM) and print
// "OK FILE {title, accTitle, accDescr, sections, tasks, config}" or "FAIL FILE why": the tests of the Mermaid export
// compare what Mermaid reads with what journeymd meant to write.
import { JSDOM } from "jsdom";
import fs from "fs";
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window; globalThis.document = dom.window.document;
globalThis.DOMPurify = undefined;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });
for (const f of process.argv.slice(2)) {
  const text = fs.readFileSync(f, "utf8");
  try {
    const r = await mermaid.parse(text);
    const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db;
    const sections = db.getSections ? db.getSections() : null;
    const tasks = db.getTasks ? db.getTasks().map(t => [t.section, t.task, t.score, t.people]) : null;
    const accTitle = db.getAccTitle && db.getAccTitle(), accDescr = db.getAccDescription && db.getAccDescription();
    console.log("OK", f, JSON.stringify({title: db.getDiagramTitle && db.getDiagramTitle(), accTitle, accDescr, sections, tasks, config: r && r.config}));
  } catch (e) { console.log("FAIL", f, String(e.message || e).split("\n").slice(0,4).join(" | ")); }
}
