"""Development certificates for mTLS to the Temporal frontend: one CA, the server's certificate and one client
certificate per client role. `docker compose` runs this once (the `temporal-certs` service) into a volume:

    python -m service.devcerts OUT_DIR --server-name temporal --client worker --client gateway ...

Files: `ca.pem` (every party trusts it), `ca.key`, `server.pem` / `server.key`, `<client>.pem` / `<client>.key`.
Existing files are kept (a restart of the one-shot changes nothing); a missing one is made. Keys are written 0600
unless `--key-mode` says otherwise (the compose volume needs the server's and clients' keys readable by the other
containers' users; it is mounted read-only into only the services that hold a role). These are development
certificates: a production deployment brings certificates from its own PKI (docs/OPERATIONS.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

VALID_FOR = dt.timedelta(days=825)
PrivateKey = ec.EllipticCurvePrivateKey


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "reinterview dev"), _cn(common_name)])


def _cn(common_name: str) -> x509.NameAttribute[str]:
    return x509.NameAttribute(NameOID.COMMON_NAME, common_name)


def _write(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.chmod(path, mode)


def _key_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _load(out: Path, stem: str) -> tuple[x509.Certificate, PrivateKey] | None:
    cert, key = out / f"{stem}.pem", out / f"{stem}.key"
    if not (cert.exists() and key.exists()):
        return None
    loaded = serialization.load_pem_private_key(key.read_bytes(), password=None)
    assert isinstance(loaded, ec.EllipticCurvePrivateKey)
    return x509.load_pem_x509_certificate(cert.read_bytes()), loaded


def _issue(
    out: Path,
    stem: str,
    subject: x509.Name,
    issuer: tuple[x509.Certificate, PrivateKey] | None,
    extensions: list[tuple[x509.ExtensionType, bool]],
    key_mode: int,
) -> tuple[x509.Certificate, PrivateKey]:
    existing = _load(out, stem)
    if existing is not None:
        return existing
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer[0].subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + VALID_FOR)
    )
    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical=critical)
    cert = builder.sign(issuer[1] if issuer else key, hashes.SHA256())
    _write(out / f"{stem}.key", _key_pem(key), key_mode)
    _write(out / f"{stem}.pem", cert.public_bytes(serialization.Encoding.PEM), 0o644)
    return cert, key


def _san(names: list[str]) -> x509.SubjectAlternativeName:
    entries: list[x509.GeneralName] = []
    for name in names:
        try:
            entries.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            entries.append(x509.DNSName(name))
    return x509.SubjectAlternativeName(entries)


def make_dev_certs(out: Path, server_names: list[str], clients: list[str], *, key_mode: int = 0o600) -> list[Path]:
    """Write (or keep) the CA, the server's and each client's certificate under `out`; returns the files."""
    out.mkdir(parents=True, exist_ok=True)
    ca = _issue(
        out,
        "ca",
        _name("reinterview dev CA"),
        None,
        [(x509.BasicConstraints(ca=True, path_length=0), True)],
        0o600,
    )
    leaf = x509.BasicConstraints(ca=False, path_length=None)
    _issue(
        out,
        "server",
        _name(server_names[0]),
        ca,
        [
            (leaf, True),
            (_san(server_names), False),
            (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]), False),
        ],
        key_mode,
    )
    for client in clients:
        _issue(
            out,
            client,
            _name(client),
            ca,
            [(leaf, True), (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), False)],
            key_mode,
        )
    return sorted(out.iterdir())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service.devcerts", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the certificates and keys")
    parser.add_argument("--server-name", action="append", required=True, help="a name (or IP) of the frontend")
    parser.add_argument("--client", action="append", default=[], help="a client role, e.g. worker (repeatable)")
    parser.add_argument("--key-mode", type=lambda v: int(v, 8), default=0o600, help="mode of leaf keys (octal)")
    args = parser.parse_args(argv)
    for path in make_dev_certs(args.out, args.server_name, args.client, key_mode=args.key_mode):
        print(f"{path} {os.stat(path).st_mode & 0o777:o}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
