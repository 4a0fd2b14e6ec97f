// For zonder-wasm.html: a browser without WebAssembly, as in Lockdown Mode, where the
// `WebAssembly` global is missing. A classic script, so it runs before the element's module.
delete globalThis.WebAssembly;
