export { bundledSpecPath, loadContract, describeErrors, type Contract, type DocumentedResponse, type NamedExample, type Schema } from "./contract.js";
export { generateMutations, minimalValue, toPointer, type Mutation, type Unmutated } from "./mutations.js";
export { arbitraryFor } from "./arbitrary.js";
export { send, mapLimit, urlFor, trimBaseUrl, DEFAULT_HEADERS, type Target, type Probe, type Exchange } from "./http.js";
export {
  conformance,
  runCase,
  exampleSchemaFindings,
  exampleCases,
  mutationCases,
  protocolCases,
  documentedErrorCases,
  checkRequestExamples,
  checkMutations,
  checkGeneratedRequests,
  checkDocumentedErrors,
  checkProtocolErrors,
  runAllChecks,
  formatFindings,
  type Budget,
  type Case,
  type Expectation,
  type CheckResult,
  type Finding,
} from "./checks.js";
