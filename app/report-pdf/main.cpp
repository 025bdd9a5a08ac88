// csodesk-report-pdf: draws a privacy report (JSON on stdin) as a PDF (on stdout). Run by
// `csodesk-cli privacy report --pdf`: drawing text needs QtGui and its fonts, and linking them
// into csodesk-cli would double the start-up of every other command (measured in
// docs/performance.md). Not meant to be run by hand; it writes no file and reads no database.
#include "apkt/ApktCatalogue.h"
#include "common/TranslationLoader.h"
#include "documents/PrivacyDocument.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace csodesk;

int main(int argc, char* argv[])
{
    // A server has no display; the offscreen platform has the fonts all the same.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    TranslationLoader translations;
    (void)translations.apply(
        arguments.value(arguments.indexOf(QStringLiteral("--language")) + 1, QStringLiteral("id")));

    QFile input;
    QFile output;
    if (!input.open(stdin, QIODevice::ReadOnly) || !output.open(stdout, QIODevice::WriteOnly)) {
        err << "csodesk-report-pdf: stdin/stdout unavailable\n";
        return 1;
    }
    QJsonParseError parsed {};
    const QJsonDocument report = QJsonDocument::fromJson(input.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !report.isObject()) {
        err << "csodesk-report-pdf: not a report: " << parsed.errorString() << "\n";
        return 1;
    }
    auto catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok()) {
        err << catalogue.error().message << "\n";
        return 1;
    }
    // Drawn whole before anything is sent: a failure leaves stdout empty.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    if (Status drawn = ui::PrivacyDocument::writePdf(report.object(), catalogue.value(), pdf); !drawn.ok()) {
        err << drawn.error().message << "\n";
        return 1;
    }
    if (output.write(pdf.data()) != pdf.data().size() || !output.flush()) {
        err << "csodesk-report-pdf: " << output.errorString() << "\n";
        return 1;
    }
    return 0;
}
