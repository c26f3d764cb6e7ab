// The package's main face: what an app needs, nothing that only the tests use (they import
// ../src/<module>.js for that).
import { expect, it } from "vitest";
import * as face from "../src/index.js";

it("exports the client factory, ContractViolationError, validateUpdateFlowRequest and the schemas' enum values, nothing else", () => {
  const values = Object.keys(face).filter((name) => name.endsWith("Values"));
  expect(Object.keys(face).filter((name) => !name.endsWith("Values")).sort()).toEqual([
    "ContractViolationError",
    "createUpdateFlowClient",
    "validateUpdateFlowRequest",
  ]);
  // One array per enum of components.schemas, under the schema's name.
  expect(values).toEqual(expect.arrayContaining(["errorCodeValues", "connectorTypeValues", "triggerTypeValues"]));
  expect(values.every((name) => /^[a-z][A-Za-z0-9]*Values$/.test(name) && !name.startsWith("components"))).toBe(true);
});

it("exports sigv4 from @appflow-contract/client/sigv4, and nothing else", async () => {
  const signing = await import("../src/sigv4.js");
  expect(Object.keys(signing)).toEqual(["sigv4"]);
  // The main face neither has it nor loads it.
  expect(Object.keys(face)).not.toContain("sigv4");
});
