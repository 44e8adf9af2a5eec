import type { BulletinDocument } from "@/lib/bulletins/document";

/** The bulletin on screen: the same pieces, in the same order, as its .docx and PDF. */
export function BulletinDocumentView({ doc }: { doc: BulletinDocument }) {
  return (
    <div className="space-y-3 rounded bg-white p-4 shadow-sm">
      <div className="border-b-2 border-red-700 pb-2 text-center">
        <p className="text-2xl font-bold tracking-widest text-red-700">{doc.masthead}</p>
        <p>{doc.number}</p>
      </div>
      <h2 className="text-center text-lg font-semibold">{doc.title}</h2>
      <p className="text-center text-sm text-slate-600">{doc.meta}</p>
      {doc.blocks.map((b, i) => {
        if (b.kind === "heading")
          return (
            <h3 key={i} className="pt-2 font-semibold">
              {b.text}
            </h3>
          );
        if (b.kind === "paragraph")
          return (
            <p key={i} className="whitespace-pre-wrap break-words indent-8">
              {b.text}
            </p>
          );
        return (
          <div key={i} className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b bg-slate-50 text-slate-600">
                <tr>
                  {b.headers.map((h) => (
                    <th key={h} className="px-2 py-1.5 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y">
                {b.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c} className="px-2 py-1.5">
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
