// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QThread>

namespace recoup {

class Clock;

/// The pack for an agency or a court made on a thread of its own, with a
/// connection of its own to the book (as StatementRun does), so the window
/// keeps answering while the PDF is laid out. The end comes back as a queued signal.
class PackRun final : public QThread
{
    Q_OBJECT
public:
    struct Request
    {
        QString bookPath;
        QString user;
        const Clock *clock = nullptr; ///< the window's clock: it outlives the run
        qint64 customerId = 0;
        qint64 debtId = 0; ///< 0: the whole account
        QDate asOf;
        QString folder;
    };

    explicit PackRun(Request request, QObject *parent = nullptr);
    ~PackRun() override;
    Q_DISABLE_COPY_MOVE(PackRun)

Q_SIGNALS:
    /// At the end: the PDF and the CSV folder written, or why nothing was (`error` not empty).
    void ended(const QString &pdfPath, const QString &csvFolder, const QString &error);

protected:
    void run() override;

private:
    Request m_request;
};

} // namespace recoup
