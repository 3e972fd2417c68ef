#ifndef HALLDESK_CLIBCRYPTO_SHIM_H
#define HALLDESK_CLIBCRYPTO_SHIM_H

/* The log's hash chain and the PINs use SHA-256, HMAC and PBKDF2 from the system's
   OpenSSL (Debian's libssl-dev): only the EVP digest, HMAC and PBKDF2 entry points. */
#include <openssl/evp.h>
#include <openssl/hmac.h>

#endif
