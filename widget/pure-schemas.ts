/**
 * Lets the widget build drop the zod schemas it never uses. core/ defines its schemas at module
 * level (`export const ZDob = z.strictObject({ … }).check(…)`) next to the plain checks the
 * widget imports (`checkDob`, `isValidEin`). zod marks its builders side-effect free, but not the
 * `.check(…)` called on their result, so the bundler keeps every such schema, and the zod code it
 * needs, in any file that imports one function from the module (ZDob alone brought ~0.7 KB gzip
 * into the first step). Building a schema has no effect outside it, so each top-level
 * `const X = z.…(…)…` chain gets a `@__PURE__` annotation, as core/customer/enums.ts writes on
 * its enums by hand: a schema that is used is kept whole; an unused one goes.
 * (rolldown's `treeshake.manualPureFunctions: ["z"]` is not a substitute: it matches the name in
 * every module, and minified libraries have functions named `z` too; preact's style setter is one.)
 */
import { normalizePath, parseAst, type Plugin } from "vite";

type TNode = { type: string; start: number; [key: string]: unknown };

const PURE = "/* @__PURE__ */ ";

/** Whether `node` is a call chain on the zod namespace: `z.string()`, `z.object({…}).check(…)`. */
function isZodChain(node: TNode | null | undefined, zod: ReadonlySet<string>): boolean {
  if (node?.type !== "CallExpression") return false;
  const callee = node.callee as TNode;
  if (callee.type !== "MemberExpression" || callee.computed) return false;
  const object = callee.object as TNode & { name?: string };
  return (object.type === "Identifier" && zod.has(object.name!)) || isZodChain(object, zod);
}

/**
 * `code` (JavaScript) with a `@__PURE__` annotation before every top-level `const` initialised
 * by a zod call chain (`export const ZId = z.string().check(z.minLength(1))`); other code unchanged.
 */
export function annotatePureSchemas(code: string): string {
  if (!code.includes("zod/mini")) return code;
  const program = parseAst(code) as unknown as { body: TNode[] };
  const zod = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== "ImportDeclaration" || (statement.source as { value: string }).value !== "zod/mini") continue;
    for (const specifier of statement.specifiers as Array<TNode & { local: { name: string } }>) {
      if (specifier.type === "ImportNamespaceSpecifier") zod.add(specifier.local.name);
    }
  }
  const starts: number[] = [];
  for (const statement of program.body) {
    const declaration = statement.type === "ExportNamedDeclaration" ? (statement.declaration as TNode | null) : statement;
    if (declaration?.type !== "VariableDeclaration" || declaration.kind !== "const") continue;
    for (const declarator of declaration.declarations as Array<{ init: TNode | null }>) {
      if (isZodChain(declarator.init, zod)) starts.push(declarator.init!.start);
    }
  }
  // From the end, so earlier offsets stay valid.
  return starts.reverse().reduce((out, start) => out.slice(0, start) + PURE + out.slice(start), code);
}

/** The plugin: applies {@link annotatePureSchemas} to the shared schema source (core/). */
export function pureSchemas(coreDir: string): Plugin {
  const dir = normalizePath(coreDir);
  return {
    name: "pure-schemas",
    transform(code, id) {
      if (!id.startsWith(dir)) return null;
      const out = annotatePureSchemas(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
