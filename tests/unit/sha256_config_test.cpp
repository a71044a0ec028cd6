// Sha256Hex under an OpenSSL configuration that leaves the process no SHA-256: ctest runs this
// binary with OPENSSL_CONF naming tests/unit/fips-only.cnf (default_properties = fips=yes, and no
// FIPS provider installed), in a process of its own so that OpenSSL reads it at its first use.
#include <gtest/gtest.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <cstdlib>
#include <string>

#include "gongwen/source.h"

namespace gongwen {
namespace {

TEST(Sha256ConfigTest, HashesWhenTheConfigurationAllowsNoSha256) {
  const char* conf = std::getenv("OPENSSL_CONF");
  ASSERT_NE(conf, nullptr) << "run by ctest, with OPENSSL_CONF set";
  // The configuration must bite, leaving the process no SHA-256 of its own; where OpenSSL finds one
  // anyway (a system in FIPS mode loads the FIPS provider whatever the file says), there is nothing
  // to test.
  if (EVP_MD* process_sha256 = EVP_MD_fetch(nullptr, "SHA2-256", nullptr); process_sha256 != nullptr) {
    EVP_MD_free(process_sha256);
    GTEST_SKIP() << conf << " left the process a SHA-256";
  }
  ERR_clear_error();
  // An error of the program's own stays on its queue; the library's failed first try does not.
  ERR_raise(ERR_LIB_USER, 42);
  const unsigned long mine = ERR_peek_last_error();
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(ERR_peek_last_error(), mine);
  EXPECT_EQ(ERR_get_error(), mine);
  EXPECT_EQ(ERR_get_error(), 0u);
  // And a decoded source carries it, as the schema wants: 64 hex digits.
  Result<Source> source = DecodeSource("一、总体要求\n", "a.txt");
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(source->sha256().size(), 64u);
}

}  // namespace
}  // namespace gongwen
