/**
 * A throwaway self-signed certificate for a test server, made with the machine's `openssl`
 * (Node has no certificate generator). The certificate is its own authority: a child process
 * trusts it through NODE_EXTRA_CA_CERTS.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestCertificate {
  key: string
  cert: string
  /** The certificate's file, for NODE_EXTRA_CA_CERTS. */
  certFile: string
  remove(): void
}

export function selfSignedCertificate(hostname: string): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'aiml-probe-tls-'))
  const keyFile = join(dir, 'key.pem')
  const certFile = join(dir, 'cert.pem')
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '2',
        '-subj',
        `/CN=${hostname}`,
        '-addext',
        `subjectAltName=DNS:${hostname}`,
        '-addext',
        'basicConstraints=critical,CA:TRUE'
      ],
      { stdio: 'pipe' }
    )
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error('The TLS tests need openssl on PATH to make a test certificate.', {
      cause: error
    })
  }
  return {
    key: readFileSync(keyFile, 'utf8'),
    cert: readFileSync(certFile, 'utf8'),
    certFile,
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}
