// SPDX-FileCopyrightText: 2026 The Recoup developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collections/collections.h"
#include "models/policy_steps_model.h"
#include "pages/policy_editor.h"
#include "pages/settings_page.h"
#include "support/file_digest.h"
#include "support/test_book.h"

#include <QApplication>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace recoup;
using recoup::test::TestBook;

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

CollectionPolicy saved(TestBook &book)
{
    auto policy = Collections(book.ledger()).policy();
    if (!policy)
        qFatal("cannot read the policy");
    return policy.value();
}

} // namespace

class SettingsPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void aStepsDayEditedByKeyboardAndSaved();
    void twoStepsOnOneDayAreRefused();
    void stepsAddedAndRemovedByKeys();
    void importRefusesABadFileAndExportWritesTheSavedSteps();

private:
    static void showActive(QWidget &page)
    {
        page.resize(1100, 650);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
    }
};

void SettingsPageTest::aStepsDayEditedByKeyboardAndSaved()
{
    TestBook book;
    SettingsPage page(book.ledger());
    showActive(page);
    PolicyEditor *editor = page.policyEditor();
    QTableView *table = editor->table();
    QCOMPARE(table->model()->rowCount(), 9);
    QCOMPARE(table->model()->index(1, PolicyStepsModel::Day).data().toString(), QStringLiteral("1 day after"));

    // The reminder a day after the due date moves to two days after: F2, the number, Enter, Ctrl+S.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, PolicyStepsModel::Day));
    press(Qt::Key_F2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2"));
    press(Qt::Key_Return); // the view commits the edit from its event loop
    QTRY_COMPARE(table->model()->index(1, PolicyStepsModel::Day).data().toString(), QStringLiteral("2 days after"));
    QVERIFY(editor->isModified());
    QCOMPARE(saved(book).steps.at(1).dayOffset, 1); // nothing written before Save

    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved(book).steps.at(1).dayOffset, 2);
    QCOMPARE(saved(book).steps.at(1).key, QStringLiteral("reminder"));
    QVERIFY(!editor->isModified());
    QVERIFY(editor->messageLabel()->text().startsWith(QStringLiteral("Saved")));
}

void SettingsPageTest::twoStepsOnOneDayAreRefused()
{
    TestBook book;
    SettingsPage page(book.ledger());
    showActive(page);
    PolicyEditor *editor = page.policyEditor();
    auto *model = editor->model();
    QVERIFY(model->setData(model->index(2, PolicyStepsModel::Day), 1)); // the second reminder on the first's day
    QVERIFY(!editor->save());
    QVERIFY(!editor->messageLabel()->text().isEmpty());
    QCOMPARE(saved(book), CollectionPolicy::defaultPolicy());
    // A day beyond the limits is not taken at all.
    QVERIFY(!model->setData(model->index(2, PolicyStepsModel::Day), CollectionPolicy::MaxOffset + 1));
}

void SettingsPageTest::stepsAddedAndRemovedByKeys()
{
    TestBook book;
    SettingsPage page(book.ledger());
    showActive(page);
    QTableView *table = page.policyEditor()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(8, PolicyStepsModel::Day)); // +120, the last
    press(Qt::Key_Insert);
    QCOMPARE(table->model()->rowCount(), 10);
    QCOMPARE(table->currentIndex().row(), 9);
    QCOMPARE(table->model()->index(9, PolicyStepsModel::Day).data(Qt::EditRole).toInt(), 127);
    QVERIFY(page.policyEditor()->save());
    QCOMPARE(saved(book).steps.size(), 10);
    QCOMPARE(saved(book).steps.last().key, QStringLiteral("reminder_2"));

    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, PolicyStepsModel::Day));
    press(Qt::Key_Delete);
    QCOMPARE(table->model()->rowCount(), 9);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved(book).steps.size(), 9);
    QCOMPARE(saved(book).steps.first().key, QStringLiteral("reminder"));
}

void SettingsPageTest::importRefusesABadFileAndExportWritesTheSavedSteps()
{
    TestBook book;
    SettingsPage page(book.ledger());
    showActive(page);
    PolicyEditor *editor = page.policyEditor();
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "recoup-collection-policy", "version": 1, "promise_grace_days": 99, "steps": []})");
    }
    const QByteArray before = test::fileDigest(book.path());
    QVERIFY(!editor->importFrom(bad));
    QVERIFY(editor->messageLabel()->text().startsWith(QStringLiteral("Nothing was changed")));
    QCOMPARE(test::fileDigest(book.path()), before);

    editor->graceDays()->setValue(5);
    QVERIFY(editor->save());
    const QString out = dir.filePath(QStringLiteral("policy.json"));
    QVERIFY(editor->exportTo(out));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto policy = CollectionPolicy::fromJson(file.readAll());
    QVERIFY2(policy, qPrintable(policy.error()));
    QCOMPARE(policy->promiseGraceDays, 5);
    QVERIFY(editor->importFrom(out));
}

QTEST_MAIN(SettingsPageTest)
#include "settings_page_test.moc"
