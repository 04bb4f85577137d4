"use strict";
// Call functions compiled by ingot from Node.js, and OpenAI's embeddings API over them.
const { load } = require("./lib/function.cjs");
const { PythonError, errorClass } = require("./lib/errors.cjs");
const openai = require("./lib/openai.cjs");

module.exports = { load, PythonError, errorClass, ...openai };
