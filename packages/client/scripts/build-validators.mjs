// Compiles the contract's JSON Schemas ahead of time into standalone ajv validators, so the
// client ships validation code but no schema compiler. Writes two modules, each loaded lazily
// by the client in a chunk of its own:
//   src/generated/validators/request.ts   validateUpdateFlowRequest
//   src/generated/validators/responses.ts responseValidators, the validator of each documented status
// They are build products (gitignored, listed in the `build` task's outputs), never edited.
//
// The validators are the spec's one ajv factory's (createContractAjv, its options untouched),
// made lean in two steps that change no verdict and no finding (test/validators.test.ts holds
// them to the factory's own validators, error by error):
//   1. the schemas it compiles lose what cannot change a verdict: annotations (title,
//      description, examples, default, x-...) that ajv would copy into the code with the schemas
//      of enums, and the keywords that every value meets (`minLength: 0`, `minItems: 0`,
//      `minProperties: 0`, `pattern: ".*"`);
//   2. ajv's code loses what the client never reads: each error's `schemaPath` and `message`
//      (src/violations.ts words the messages, as ajv would), and the bookkeeping of
//      `unevaluated*` and `$dynamicRef` (`evaluated`, `parentData`, `rootData`,
//      `dynamicAnchors`), which these schemas never use. The build fails if ajv's code still
//      reads any of it after the transform, i.e. if a schema starts needing it. What is left is
//      written shorter: an error is added by one function, `addError`, and a nested validator is
//      handed its instance path as it is, not in an object made for each call.
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { loadBundledSpec, resolveRef } from "@appflow-contract/spec";
import { createContractAjv, schemaRef, toAjvSchema } from "@appflow-contract/spec/ajv";
import { documentedStatuses } from "@appflow-contract/spec/contract";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";
import ts from "typescript";

const outDir = new URL("../src/generated/validators/", import.meta.url);

// ---- 1. schemas without what cannot change a verdict ------------------------------------------

/** Keywords that only annotate (JSON Schema's meta-data vocabulary, and OpenAPI's own). */
const annotations = new Set([
  "title",
  "description",
  "$comment",
  "examples",
  "example",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "xml",
  "discriminator",
]);
/** Keywords whose value maps names to schemas. */
const schemaMaps = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
/** Keywords whose value is data, not a schema. */
const dataKeywords = new Set(["enum", "const", "required", "dependentRequired", "type", "format", "pattern", "$ref", "$id", "$schema"]);
/** A keyword that every instance of its type meets. */
const alwaysMet = (keyword, value) =>
  (["minLength", "minItems", "minProperties"].includes(keyword) && value === 0) || (keyword === "pattern" && value === ".*");

/** `schema` without annotations and always-met keywords, at every depth. */
export function leanSchema(schema) {
  if (Array.isArray(schema)) return schema.map(leanSchema);
  if (schema === null || typeof schema !== "object") return schema;
  const lean = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (annotations.has(keyword) || keyword.startsWith("x-") || alwaysMet(keyword, value)) continue;
    lean[keyword] = dataKeywords.has(keyword)
      ? value
      : schemaMaps.has(keyword)
        ? Object.fromEntries(Object.entries(value).map(([name, member]) => [name, leanSchema(member)]))
        : leanSchema(value);
  }
  return lean;
}

// ---- 2. ajv's code without what the client never reads ----------------------------------------

/** Members of ajv's error objects that the client does not read. */
const unreadErrorMembers = new Set(["schemaPath", "message"]);
/** ajv's bookkeeping for `unevaluated*`, `$data` and `$dynamicRef`, which these schemas never use. */
const bookkeeping = new Set(["parentData", "parentDataProperty", "rootData", "dynamicAnchors"]);

const nameOf = (member) => (member.name && ts.isIdentifier(member.name)) || (member.name && ts.isStringLiteral(member.name)) ? member.name.text : undefined;

/** `validateN.evaluated` */
const isEvaluatedAccess = (node) => ts.isPropertyAccessExpression(node) && node.name.text === "evaluated";

/**
 * Whether a statement is ajv's `unevaluated*` bookkeeping with nothing dynamic in it:
 * `const evaluated0 = validateN.evaluated;`, `if (evaluated0.dynamicProps) {...}` (and Items),
 * `validateN.evaluated = {"props": true, "dynamicProps": false, "dynamicItems": false};`.
 */
function isStaticEvaluatedBookkeeping(statement) {
  if (ts.isVariableStatement(statement)) {
    const [declaration, ...more] = statement.declarationList.declarations;
    return !more.length && declaration.initializer !== undefined && isEvaluatedAccess(declaration.initializer);
  }
  if (ts.isIfStatement(statement)) {
    const test = statement.expression;
    return ts.isPropertyAccessExpression(test) && /^evaluated\d+$/.test(test.expression.getText()) && /^dynamic(Props|Items)$/.test(test.name.text);
  }
  if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
    const { left, right, operatorToken } = statement.expression;
    if (operatorToken.kind !== ts.SyntaxKind.EqualsToken || !isEvaluatedAccess(left) || !ts.isObjectLiteralExpression(right)) return false;
    const dynamic = right.properties.filter((p) => /^dynamic/.test(nameOf(p) ?? ""));
    if (dynamic.some((p) => !ts.isPropertyAssignment(p) || p.initializer.kind !== ts.SyntaxKind.FalseKeyword)) {
      throw new Error(`build-validators: ajv tracks evaluated members dynamically (${statement.getText()}); the lean transform does not apply`);
    }
    return true;
  }
  return false;
}

/** The one function the lean code adds: ajv's way of adding an error, once. */
const addError = `function addError(list, instancePath, keyword, params) {
  const error = { instancePath, keyword, params };
  if (list === null) return [error];
  list.push(error);
  return list;
}
`;

/**
 * ajv's way of adding an error,
 * `const err0 = {...}; if (vErrors === null) { vErrors = [err0]; } else { vErrors.push(err0); }`,
 * written `vErrors = addError(vErrors, path, keyword, params);` (or, for an error with members
 * of its own, `(vErrors ??= []).push({...});`): the same array, the same error objects, a fifth
 * of the code.
 */
function pushErrors(statements, factory) {
  const out = [];
  for (let i = 0; i < statements.length; i++) {
    const [declaration, branch] = [statements[i], statements[i + 1]];
    const decl = ts.isVariableStatement(declaration) && declaration.declarationList.declarations.length === 1 ? declaration.declarationList.declarations[0] : undefined;
    const name = decl && ts.isIdentifier(decl.name) ? decl.name.text : "";
    if (
      /^err\d+$/.test(name) &&
      branch &&
      ts.isIfStatement(branch) &&
      branch.getText().replace(/\s+/g, "") === `if(vErrors===null){vErrors=[${name}];}else{vErrors.push(${name});}` &&
      // (a block-scoped const: no statement after these two reads it)
      !statements.slice(i + 2).some((s) => new RegExp(`\\b${name}\\b`).test(s.getText()))
    ) {
      const vErrors = factory.createIdentifier("vErrors");
      const members = Object.fromEntries(decl.initializer.properties.map((p) => [nameOf(p), p]));
      const plain = Object.keys(members).every((key) => ["instancePath", "schemaPath", "keyword", "params", "message"].includes(key));
      if (plain && members.instancePath && members.keyword && members.params) {
        // vErrors = addError(vErrors, instancePath + "/x", "type", { type: "string" });
        const value = (p) => (ts.isShorthandPropertyAssignment(p) ? factory.createIdentifier(p.name.text) : p.initializer);
        const call = factory.createCallExpression(factory.createIdentifier("addError"), undefined, [
          vErrors,
          value(members.instancePath),
          value(members.keyword),
          value(members.params),
        ]);
        out.push(factory.createExpressionStatement(factory.createAssignment(factory.createIdentifier("vErrors"), call)));
      } else {
        // (vErrors ??= []).push({ ..., propertyName: key0 });
        const list = factory.createParenthesizedExpression(
          factory.createBinaryExpression(vErrors, ts.SyntaxKind.QuestionQuestionEqualsToken, factory.createArrayLiteralExpression([])),
        );
        out.push(factory.createExpressionStatement(factory.createCallExpression(factory.createPropertyAccessExpression(list, "push"), undefined, [decl.initializer])));
      }
      i++;
    } else {
      out.push(statements[i]);
    }
  }
  return out;
}

const isValidateName = (node) => node !== undefined && ts.isIdentifier(node) && /^validate\d+$/.test(node.text);

/**
 * The one option left, the instance path, passed as it is rather than in an object: ajv's
 * `validate3(data.x, {instancePath: instancePath + "/x"})` and
 * `function validate3(data, {instancePath = ""} = {})` become `validate3(data.x, instancePath + "/x")`
 * and `function validate3(data, instancePath = "")`, so that checking a valid request allocates
 * no object per nested validator.
 */
function positionalInstancePath(context) {
  const f = context.factory;
  const only = (properties) => (properties.length === 1 && ["instancePath"].includes(nameOf(properties[0])) ? properties[0] : undefined);
  const visit = (node) => {
    if (ts.isCallExpression(node) && isValidateName(node.expression) && node.arguments.length === 2 && ts.isObjectLiteralExpression(node.arguments[1])) {
      const option = only(node.arguments[1].properties);
      if (option) {
        const value = ts.isShorthandPropertyAssignment(option) ? f.createIdentifier("instancePath") : option.initializer;
        node = f.updateCallExpression(node, node.expression, node.typeArguments, [node.arguments[0], value]);
      }
    } else if (ts.isFunctionDeclaration(node) && isValidateName(node.name) && node.parameters.length === 2) {
      const [data, options] = node.parameters;
      const option = ts.isObjectBindingPattern(options.name) ? only(options.name.elements) : undefined;
      if (option) {
        const param = f.createParameterDeclaration(undefined, undefined, "instancePath", undefined, undefined, option.initializer);
        node = f.updateFunctionDeclaration(node, node.modifiers, node.asteriskToken, node.name, node.typeParameters, [data, param], node.type, node.body);
      }
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (root) => ts.visitNode(root, visit);
}

/** ajv's standalone code with the members and the bookkeeping above taken out. */
export function leanCode(source) {
  const file = ts.createSourceFile("validators.js", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const transformer = (context) => {
    const visit = (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const names = node.properties.map(nameOf);
        // An error object ({instancePath, schemaPath, keyword, params, message}), or the options
        // of a call of another validator ({instancePath, parentData, ..., dynamicAnchors}).
        const drop = names.includes("keyword") && names.includes("instancePath") ? unreadErrorMembers : bookkeeping;
        const kept = node.properties.filter((p) => !drop.has(nameOf(p)));
        if (kept.length !== node.properties.length) node = context.factory.updateObjectLiteralExpression(node, kept);
      } else if (ts.isObjectBindingPattern(node)) {
        // function validateN(data, {instancePath = "", parentData, ..., dynamicAnchors = {}} = {})
        const kept = node.elements.filter((e) => !bookkeeping.has(nameOf(e)));
        if (kept.length !== node.elements.length) node = context.factory.updateObjectBindingPattern(node, kept);
      } else if (ts.isBlock(node) || ts.isSourceFile(node)) {
        const kept = pushErrors(
          node.statements.filter((s) => !isStaticEvaluatedBookkeeping(s)),
          context.factory,
        );
        if (kept.length !== node.statements.length) {
          node = ts.isBlock(node) ? context.factory.updateBlock(node, kept) : context.factory.updateSourceFile(node, kept);
        }
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => ts.visitNode(root, visit);
  };
  const [lean] = ts.transform(file, [transformer, positionalInstancePath]).transformed;
  const code = addError + ts.createPrinter().printFile(lean);
  // Whatever is left of it is still read: the transform would have changed what the code does.
  const left = [...bookkeeping, "evaluated", "schemaPath"].filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  if (left.length) throw new Error(`build-validators: ajv's code still reads ${left.join(", ")}; the lean transform does not apply`);
  // Every validator takes its path as it is, and every call passes it so.
  if (/\{\s*instancePath\s*(=|\})/.test(code) || /validate\d+\([^()]*,\s*\{/.test(code)) {
    throw new Error("build-validators: a validator still takes its instance path in an object; the lean transform does not apply");
  }
  return code;
}

// ---- the modules ------------------------------------------------------------------------------

const spec = loadBundledSpec();
const responses = spec.paths["/update-flow"].post.responses;
/** The spec with lean component schemas: what the factory compiles for the shipped validators. */
const schemas = Object.fromEntries(Object.entries(spec.components?.schemas ?? {}).map(([name, schema]) => [name, leanSchema(schema)]));
const doc = { ...spec, components: { ...spec.components, schemas } };

/** The schema of the response the contract documents for `status` (a `$ref` or inline), made lean. */
function responseSchema(status) {
  const schema = resolveRef(spec, responses[status])?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`build-validators: the ${status} response of POST /update-flow has no JSON schema`);
  return leanSchema(schema);
}

// Error responses are an inline `allOf` that narrows `error.code` to the codes of the status, so
// each status's schema is added under an id of its own first. One document holds them all: ajv
// compiles a referenced component once per document, so the statuses share ErrorEnvelope's code.
const RESPONSES_ID = "urn:appflow-contract:responses";
const responsesDocument = {
  $id: RESPONSES_ID,
  $defs: Object.fromEntries(documentedStatuses.map((status) => [status, responseSchema(status)])),
};
const modules = {
  request: {
    exports: { validateUpdateFlowRequest: schemaRef("UpdateFlowRequest") },
    epilogue: "",
  },
  // The status map is written next to the validators.
  responses: {
    schemas: [responsesDocument],
    exports: Object.fromEntries(documentedStatuses.map((status) => [`validateResponse${status}`, `${RESPONSES_ID}#/$defs/${status}`])),
    epilogue: `export const responseValidators = {${documentedStatuses.map((status) => `"${status}": validateResponse${status}`).join(", ")}};\n`,
  },
};

/** Writes the modules; `dir` is where (a URL), by default src/generated/validators/. */
export async function buildValidators(dir = outDir) {
  await mkdir(dir, { recursive: true });
  for (const [name, { schemas = [], exports, epilogue }] of Object.entries(modules)) {
    // The project's one ajv factory, so these validators and the provider suite's agree.
    const ajv = createContractAjv(doc, { standalone: true });
    for (const schema of schemas) ajv.addSchema(toAjvSchema(schema));
    const source = `${leanCode(standaloneCode(ajv, exports))}\n${epilogue}`;
    // ajv's ESM output still `require`s its runtime helpers (string length in code points,
    // formats); esbuild inlines them so the module is plain ESM with no dependency.
    const bundled = await build({
      stdin: { contents: source, resolveDir: fileURLToPath(new URL(".", import.meta.url)), sourcefile: `${name}.js` },
      bundle: true,
      format: "esm",
      platform: "neutral",
      write: false,
      legalComments: "none",
    });
    const header = `/**
 * GENERATED FILE: do not edit by hand.
 * From: the bundled contract @appflow-contract/spec/openapi.json (spec/dist/openapi.json).
 * By:   pnpm --filter @appflow-contract/client build (scripts/build-validators.mjs: ajv
 *       standalone code from the spec's createContractAjv, draft 2020-12, of the schemas without
 *       annotations, without the errors' schemaPath and message, inlined into one ES module by
 *       esbuild).
 * Exports: ${Object.keys(exports).join(", ")}${epilogue ? ", responseValidators (by status)" : ""}.
 */
// @ts-nocheck -- ajv's output is JavaScript; src/violations.ts gives it its type.
`;
    await writeFile(new URL(`${name}.ts`, dir), header + bundled.outputFiles[0].text);
    console.log(`wrote src/generated/validators/${name}.ts (${bundled.outputFiles[0].text.length} B)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildValidators();
