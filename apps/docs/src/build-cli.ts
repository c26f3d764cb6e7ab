#!/usr/bin/env node
import { buildDocs } from "./build.js";

const { outputFile, bytes } = await buildDocs();
console.log(`docs: wrote ${outputFile} (${bytes} bytes)`);
