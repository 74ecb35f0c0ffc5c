// Loads the sealing module (crates/seal-web, built into /crypto/ by `cargo xtask build`) only
// when something is sealed or opened, or an invitation's QR code drawn, so a first visit does
// not download it. A module that cannot be loaded (offline, not cached yet) is told apart from
// one that refuses.
async function load(url) {
  try {
    const module = await import(url);
    await module.default();
    return module;
  } catch (error) {
    throw new Error(`not_loaded: ${error}`);
  }
}

export async function sealWith(url, publicKey, message) {
  return (await load(url)).seal(publicKey, message);
}

export async function openWith(url, secretKey, sealed) {
  return (await load(url)).open(secretKey, sealed);
}

// A fresh key pair: [secret key, public key], both base64.
export async function newKeyPairWith(url) {
  const module = await load(url);
  const secret = module.newSecretKey();
  return [secret, module.publicKeyOf(secret)];
}

export async function qrSvgWith(url, text) {
  return (await load(url)).qrSvg(text);
}
