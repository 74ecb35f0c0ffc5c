// Loads the sealing module (crates/seal-web, built into /crypto/ by `cargo xtask build`) only
// when a summary is sealed, so a first visit does not download it. A module that cannot be
// loaded (offline, not cached yet) is told apart from one that refuses to seal.
export async function sealWith(url, publicKey, message) {
  let module;
  try {
    module = await import(url);
    await module.default();
  } catch (error) {
    throw new Error(`not_loaded: ${error}`);
  }
  return module.seal(publicKey, message);
}
