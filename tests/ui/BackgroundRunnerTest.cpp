#include "toolkit/BackgroundRunner.h"

#include "UiTestSupport.h"
#include "toolkit/BusyIndicator.h"

#include <QLabel>
#include <QSignalSpy>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>

using namespace csodesk;
using namespace csodesk::ui;

TEST_CASE("Work runs off the GUI thread and its Result arrives on the GUI thread", "[runner]")
{
    BackgroundRunner runner;
    QObject receiver;
    QThread* workThread = nullptr;
    QThread* doneThread = nullptr;
    std::optional<Result<int>> received;

    runner.run(
        &receiver, QStringLiteral("Menghitung…"),
        [&workThread] {
            workThread = QThread::currentThread();
            return Result<int>(42);
        },
        [&](Result<int> result) {
            doneThread = QThread::currentThread();
            received = std::move(result);
        });
    CHECK(runner.isBusy());
    CHECK(runner.currentDescription() == QStringLiteral("Menghitung…"));

    test::finishBackgroundWork(runner);
    REQUIRE(received.has_value());
    REQUIRE(received->ok());
    CHECK(received->value() == 42);
    CHECK(workThread != QThread::currentThread());
    CHECK(doneThread == QThread::currentThread());
    CHECK_FALSE(runner.isBusy());
    CHECK(runner.currentDescription().isEmpty());
}

TEST_CASE("Errors come back as errors", "[runner]")
{
    BackgroundRunner runner;
    QObject receiver;
    std::optional<Status> received;
    runner.run(
        &receiver, QStringLiteral("Menyimpan…"),
        [] { return Status(makeError(ErrorKind::Unavailable, QStringLiteral("Basis data tidak dapat dihubungi."))); },
        [&](Status status) { received = std::move(status); });
    test::finishBackgroundWork(runner);
    REQUIRE(received.has_value());
    REQUIRE_FALSE(received->ok());
    CHECK(received->error().kind == ErrorKind::Unavailable);
}

TEST_CASE("A receiver that is gone gets no late answer", "[runner]")
{
    BackgroundRunner runner;
    auto receiver = std::make_unique<QObject>();
    bool called = false;
    runner.run(
        receiver.get(), QStringLiteral("Mencari…"), [] { return Result<int>(1); }, [&](Result<int>) { called = true; });
    receiver.reset(); // the dialog was closed while the query ran
    test::finishBackgroundWork(runner);
    CHECK_FALSE(called);
    CHECK_FALSE(runner.isBusy()); // the task is still counted as finished
}

TEST_CASE("Busy is announced once for overlapping work", "[runner]")
{
    BackgroundRunner runner;
    QObject receiver;
    QSignalSpy busy(&runner, &BackgroundRunner::busyChanged);
    int done = 0;
    for (int i = 0; i < 3; ++i)
        runner.run(
            &receiver, QStringLiteral("Memuat…"), [i] { return Result<int>(i); }, [&](Result<int>) { ++done; });
    test::finishBackgroundWork(runner);
    CHECK(done == 3);
    REQUIRE(busy.size() == 2);
    CHECK(busy.at(0).at(0).toBool() == true);
    CHECK(busy.at(1).at(0).toBool() == false);
}

TEST_CASE("The status-bar indicator shows the running work's description", "[runner]")
{
    BackgroundRunner runner;
    QWidget window;
    auto* indicator = new BusyIndicator(runner, &window, 0);
    window.show();
    QObject receiver;
    std::atomic<bool> release { false };
    runner.run(
        &receiver, QStringLiteral("Mencari pelanggan…"),
        [&release] {
            while (!release.load())
                QThread::yieldCurrentThread();
            return Result<int>(1);
        },
        [](Result<int>) {});
    QCoreApplication::processEvents(); // the zero-delay timer fires
    CHECK(indicator->isVisible());
    CHECK(indicator->findChild<QLabel*>()->text() == QStringLiteral("Mencari pelanggan…"));
    release = true;
    test::finishBackgroundWork(runner);
    CHECK_FALSE(indicator->isVisible());
}

TEST_CASE("The overlay covers its widget and takes the keyboard while active", "[runner]")
{
    QWidget form;
    form.resize(400, 300);
    form.show();
    BusyOverlay overlay(&form, 0);
    overlay.start(QStringLiteral("Menyimpan tiket…"));
    CHECK(overlay.isActive());
    CHECK(overlay.isVisible());
    CHECK(overlay.geometry() == form.rect());
    form.resize(500, 350);
    CHECK(overlay.geometry() == form.rect());
    overlay.stop();
    CHECK_FALSE(overlay.isVisible());
}
