#include "common/Result.h"

#include <catch2/catch.hpp>

using namespace csodesk;

TEST_CASE("Result carries a value or the reason there is none", "[common]")
{
    Result<int> good = 42;
    REQUIRE(good.ok());
    CHECK(good.value() == 42);
    CHECK(good.valueOr(7) == 42);

    Result<int> bad = makeError(ErrorKind::NotFound, QStringLiteral("tidak ada"), QStringLiteral("detail"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == ErrorKind::NotFound);
    CHECK(bad.error().message == QStringLiteral("tidak ada"));
    CHECK(bad.valueOr(7) == 7);
    CHECK_FALSE(bad.error().isRetryable());

    Status done;
    CHECK(done.ok());
    Status failed = makeError(ErrorKind::Unavailable, QStringLiteral("server mati"));
    CHECK_FALSE(failed.ok());
    CHECK(failed.error().isRetryable());
}
