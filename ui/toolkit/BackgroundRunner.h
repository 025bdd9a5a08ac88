#pragma once

#include "common/Result.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QRunnable>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace csodesk::ui {

// Runs core calls off the GUI thread and hands their Result back on the GUI thread, so a slow
// or unreachable database shows progress instead of a frozen window.
//
//   m_runner.run(this, tr("Mencari pelanggan…"),
//                [service, idpel] { return service->findByIdpel(idpel); },   // worker thread
//                [this](Result<Customer> found) { onCustomerFound(found); }); // GUI thread
//
// `work` runs on a pool thread: it must only touch thread-safe services (core services and
// Database are: each thread gets its own connection) and values it captured by copy.
// `done` runs on the GUI thread, and only while `receiver` still exists: a closed dialog never
// receives a late answer. The runner waits for running work in its destructor, so it must be
// destroyed before the services the work uses (construct it after them in main()).
// Both callables must be copyable (Qt 6.4's QRunnable::create takes a std::function).
class BackgroundRunner : public QObject {
    Q_OBJECT

public:
    explicit BackgroundRunner(QObject* parent = nullptr);
    ~BackgroundRunner() override;

    template <typename Work, typename Done>
    void run(QObject* receiver, const QString& description, Work work, Done done);

    [[nodiscard]] int activeCount() const { return m_active; }
    [[nodiscard]] bool isBusy() const { return m_active > 0; }
    // What the most recently started, still running task is doing ("" when idle).
    [[nodiscard]] QString currentDescription() const { return m_description; }

    // Blocks until all work has run (not the `done` callbacks, which need the event loop).
    // For shutdown and tests.
    bool waitForWork(int msecs = -1);

Q_SIGNALS:
    void busyChanged(bool busy);
    void descriptionChanged(const QString& description);

private:
    void taskStarted(const QString& description);
    void taskFinished();

    QThreadPool m_pool;
    int m_active = 0;
    QString m_description;
};

template <typename Work, typename Done>
void BackgroundRunner::run(QObject* receiver, const QString& description, Work work, Done done)
{
    using ResultType = std::invoke_result_t<Work>;
    static_assert(std::is_invocable_v<Done, ResultType>, "done must accept what work returns");

    taskStarted(description);
    QPointer<QObject> guard(receiver);
    // `this` outlives the task: the destructor waits for the pool. The guard is only read on
    // the GUI thread, where the receiver lives.
    auto* task = QRunnable::create([this, guard, work = std::move(work), done = std::move(done)]() mutable {
        // The result travels in a shared_ptr so that the queued functor stays copyable.
        auto result = std::make_shared<ResultType>(work());
        QMetaObject::invokeMethod(
            this,
            [this, guard, result, done = std::move(done)]() mutable {
                taskFinished();
                if (!guard.isNull())
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
    m_pool.start(task);
}

} // namespace csodesk::ui
