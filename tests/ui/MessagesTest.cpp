#include "toolkit/Messages.h"

#include <QAbstractButton>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;

TEST_CASE("An error's kind sets the tone of its message box", "[messages]")
{
    CHECK(Messages::toneFor(ErrorKind::NotFound) == QMessageBox::Information);
    CHECK(Messages::toneFor(ErrorKind::InvalidInput) == QMessageBox::Warning);
    CHECK(Messages::toneFor(ErrorKind::PermissionDenied) == QMessageBox::Warning);
    CHECK(Messages::toneFor(ErrorKind::Unavailable) == QMessageBox::Warning);
    CHECK(Messages::toneFor(ErrorKind::StorageFailure) == QMessageBox::Critical);
    CHECK(Messages::toneFor(ErrorKind::Internal) == QMessageBox::Critical);
}

TEST_CASE("The person sees the error's own message and a hint, never the technical detail", "[messages]")
{
    const Error error = makeError(ErrorKind::NotFound, QStringLiteral("IDPEL 512345678901 tidak ditemukan."),
        QStringLiteral("select returned 0 rows"));
    const MessageRequest request = Messages::errorRequest(error);
    CHECK(request.text == error.message);
    CHECK(request.title == QStringLiteral("Tidak ditemukan"));
    CHECK_FALSE(request.informativeText.isEmpty());
    CHECK_FALSE(request.informativeText.contains(QStringLiteral("select")));
    CHECK(request.buttons == QMessageBox::Ok);
}

TEST_CASE("An unreachable database offers Coba lagi", "[messages]")
{
    const Error error = makeError(ErrorKind::Unavailable, QStringLiteral("Basis data tidak dapat dihubungi."));
    {
        ScopedMessageAnswers answers({ QMessageBox::Retry });
        CHECK(Messages::showError(nullptr, error));
        REQUIRE(answers.asked().size() == 1);
        CHECK(answers.asked().front().buttons == (QMessageBox::Retry | QMessageBox::Cancel));
        CHECK(answers.asked().front().defaultButton == QMessageBox::Retry);
    }
    ScopedMessageAnswers answers({ QMessageBox::Cancel });
    CHECK_FALSE(Messages::showError(nullptr, error));
}

TEST_CASE("Pre-answered questions are answered in order and recorded", "[messages]")
{
    ScopedMessageAnswers answers({ QMessageBox::Yes, QMessageBox::No });
    CHECK(Messages::confirm(nullptr, QStringLiteral("Akhiri panggilan"), QStringLiteral("Akhiri tanpa tiket?")));
    CHECK_FALSE(Messages::confirm(nullptr, QStringLiteral("Akhiri panggilan"), QStringLiteral("Yakin?"), true));
    // Nothing left: answered Cancel, so a forgotten answer shows up as a failed expectation.
    CHECK_FALSE(Messages::confirm(nullptr, QStringLiteral("Lagi"), QStringLiteral("Sekali lagi?")));
    REQUIRE(answers.asked().size() == 3);
    CHECK(answers.asked().at(1).defaultButton == QMessageBox::No); // destructive: "Tidak" is the default
    CHECK(answers.unusedAnswers() == 0);
}

TEST_CASE("Message boxes carry Indonesian button labels and plain text", "[messages]")
{
    MessageRequest request;
    request.text = QStringLiteral("<b>bukan HTML</b>");
    request.buttons = QMessageBox::Yes | QMessageBox::No | QMessageBox::Retry | QMessageBox::Cancel;
    const auto box = Messages::build(nullptr, request);
    CHECK(box->button(QMessageBox::Yes)->text() == QStringLiteral("&Ya"));
    CHECK(box->button(QMessageBox::No)->text() == QStringLiteral("&Tidak"));
    CHECK(box->button(QMessageBox::Retry)->text() == QStringLiteral("&Coba lagi"));
    CHECK(box->button(QMessageBox::Cancel)->text() == QStringLiteral("Batal"));
    CHECK(box->textFormat() == Qt::PlainText);
}
