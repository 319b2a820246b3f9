// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/pack_dialog.h"
#include "pages/customer_page.h"
#include "support/pack_story.h"
#include "support/pdf_reader.h"
#include "support/test_book.h"
#include "support/widget_helpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using namespace recoup::test;

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

PackDialog *waitForDialog()
{
    QPointer<PackDialog> dialog;
    if (!QTest::qWaitFor(
            [&] { return (dialog = qobject_cast<PackDialog *>(QApplication::activeModalWidget())) != nullptr; }))
        return nullptr;
    if (!QTest::qWaitFor(
            [&] { return QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog; }))
        return nullptr;
    return dialog;
}

int registered(Database &db, const QString &kind)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM documents_sent WHERE kind = ?"));
    q.addBindValue(kind);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class PackDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_book = std::make_unique<TestBook>();
        m_story = PackStory::tell(*m_book);
        m_page = std::make_unique<CustomerPage>(m_book->ledger());
        m_page->resize(1200, 700);
        m_page->setCustomer(m_story.ana);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->openItemsView()->setFocus();
    }

    void cleanup()
    {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        m_page.reset();
        m_book.reset();
    }

    void madeByKeyboardIntoAFolder()
    {
        auto *action = m_page->findChild<QAction *>(QStringLiteral("packAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QVERIFY(action->text().contains(QStringLiteral("agency or court")));

        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        PackDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        // Every field can be reached and is named for a screen reader.
        for (QWidget *field : { static_cast<QWidget *>(dialog->debtCombo()), static_cast<QWidget *>(dialog->asOfEdit()),
                 static_cast<QWidget *>(dialog->folderEdit()) }) {
            QVERIFY(field->focusPolicy() & Qt::TabFocus);
            QVERIFY(!field->accessibleName().isEmpty());
        }
        QCOMPARE(dialog->debtCombo()->currentData().toLongLong(), 0);

        // Alt+F to the folder, a folder typed in, Enter.
        const QString folder = m_dir.filePath(QStringLiteral("for the agency"));
        press(Qt::Key_F, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog->folderEdit());
        press(Qt::Key_A, Qt::ControlModifier);
        type(folder);
        press(Qt::Key_Return);
        QVERIFY(dialog->running() || !dialog->messageLabel()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->running(), 60000);
        const QString pdf = QDir(folder).filePath(QStringLiteral("pack-C1-2026-03-14.pdf"));
        QVERIFY2(QFile::exists(pdf), qPrintable(dialog->messageLabel()->text()));
        QVERIFY(QFileInfo(QDir(folder).filePath(QStringLiteral("pack-C1-2026-03-14/contacts.csv"))).isFile());
        QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("recorded in the register")),
            qPrintable(dialog->messageLabel()->text()));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Ana Roux")));
        QCOMPARE(registered(m_book->db(), QStringLiteral("pack")), 1);
        // Esc closes it.
        press(Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void aFolderThatCannotBeWrittenIsSaid()
    {
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        PackDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        press(Qt::Key_F, Qt::AltModifier);
        press(Qt::Key_A, Qt::ControlModifier);
        type(blocker.fileName() + QStringLiteral("/inside"));
        press(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->running(), 60000);
        QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("could not be made")),
            qPrintable(dialog->messageLabel()->text()));
        QCOMPARE(registered(m_book->db(), QStringLiteral("pack")), 0);
        QVERIFY(dialog->makeButton()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestBook> m_book;
    std::unique_ptr<CustomerPage> m_page;
    PackStory m_story;
};

QTEST_MAIN(PackDialogTest)
#include "pack_dialog_test.moc"
