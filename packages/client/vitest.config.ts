import { defineTestConfig } from "@appflow-contract/vitest-config";

export default defineTestConfig();
