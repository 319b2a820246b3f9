<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgencyCommand</name>
    <message>
        <source>Refer a sale to a collection agency, record what it collected, recall it, or list referrals.</source>
        <translation>Pasar una venta a una agencia de cobros, registrar lo que cobró, retirársela o listar las ventas pasadas.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The sale&apos;s reference (not for list).</source>
        <translation>La referencia de la venta (no con list).</translation>
    </message>
    <message>
        <source>refer: the agency&apos;s name.</source>
        <translation>refer: el nombre de la agencia.</translation>
    </message>
    <message>
        <source>refer: the agency&apos;s commission in percent, like 12.5.</source>
        <translation>refer: la comisión de la agencia en porcentaje, como 12.5.</translation>
    </message>
    <message>
        <source>collect: the gross amount the agency collected (the customer&apos;s balance falls by it).</source>
        <translation>collect: el importe bruto que cobró la agencia (el saldo del cliente baja en esa cantidad).</translation>
    </message>
    <message>
        <source>collect: what the agency kept, if not its percentage of the amount.</source>
        <translation>collect: lo que se quedó la agencia, si no es su porcentaje del importe.</translation>
    </message>
    <message>
        <source>collect: how the agency paid: cash, card, bank_transfer (default), cheque, mobile_money.</source>
        <translation>collect: cómo pagó la agencia: cash, card, bank_transfer (por omisión), cheque, mobile_money.</translation>
    </message>
    <message>
        <source>refer, collect: the agency&apos;s reference.</source>
        <translation>refer, collect: la referencia de la agencia.</translation>
    </message>
    <message>
        <source>recall: why the sale is taken back.</source>
        <translation>recall: por qué se retira la venta.</translation>
    </message>
    <message>
        <source>The day it happened (default: today).</source>
        <translation>El día en que ocurrió (por omisión: hoy).</translation>
    </message>
    <message>
        <source>give refer|collect|recall BOOK DEBT, or list BOOK.</source>
        <translation>indique refer|collect|recall BOOK DEBT, o list BOOK.</translation>
    </message>
    <message>
        <source>--method must be cash, card, bank_transfer, cheque or mobile_money, not “%1”.</source>
        <translation>--method debe ser cash, card, bank_transfer, cheque o mobile_money, no “%1”.</translation>
    </message>
    <message>
        <source>give the agency&apos;s commission with --commission, like 12.5 (0 for none).</source>
        <translation>indique la comisión de la agencia con --commission, como 12.5 (0 si no hay).</translation>
    </message>
    <message>
        <source>Referred the sale %1 (%2 open) to %3 at %4%; its ladder is paused.</source>
        <translation>Se pasó la venta %1 (%2 pendiente) a %3 con un %4%; su escalera queda en pausa.</translation>
    </message>
    <message>
        <source>Recalled the sale %1 from the agency; its ladder resumes.</source>
        <translation>Se retiró la venta %1 de la agencia; su escalera se reanuda.</translation>
    </message>
    <message>
        <source>give the amount the agency collected with --amount.</source>
        <translation>indique con --amount el importe que cobró la agencia.</translation>
    </message>
    <message>
        <source>Recorded %1 collected by the agency on the sale %2; the customer&apos;s balance falls by %1. The agency&apos;s commission, %3, is kept as a collection cost.</source>
        <translation>Se registraron %1 cobrados por la agencia de la venta %2; el saldo del cliente baja en %1. La comisión de la agencia, %3, se guarda como gasto de cobro.</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Collection agency</source>
        <translation>Agencia de cobros</translation>
    </message>
    <message>
        <source>Record what the agency &amp;collected</source>
        <translation>Registrar lo que &amp;cobró la agencia</translation>
    </message>
    <message>
        <source>Rec&amp;all the sale from the agency</source>
        <translation>Re&amp;tirar la venta de la agencia</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>A&amp;gencia</translation>
    </message>
    <message>
        <source>Co&amp;mmission %</source>
        <translation>Co&amp;misión %</translation>
    </message>
    <message>
        <source>25</source>
        <translation>25</translation>
    </message>
    <message>
        <source>A&amp;mount collected</source>
        <translation>&amp;Importe cobrado</translation>
    </message>
    <message>
        <source>Commission &amp;kept</source>
        <translation>Comisión &amp;retenida</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>Pagado &amp;por</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>R&amp;eferencia</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
</context>
<context>
    <name>AgencyService</name>
    <message>
        <source>The sale %1 was made on %2; it cannot be referred to an agency before.</source>
        <translation>La venta %1 se hizo el %2; no se puede pasar a una agencia antes de esa fecha.</translation>
    </message>
    <message>
        <source>Give the name of the collection agency.</source>
        <translation>Indique el nombre de la agencia de cobros.</translation>
    </message>
    <message>
        <source>The agency&apos;s commission must be between 0% and 100%.</source>
        <translation>La comisión de la agencia debe estar entre el 0% y el 100%.</translation>
    </message>
    <message>
        <source>Nothing is owed on the sale %1, so there is nothing to refer.</source>
        <translation>No se debe nada de la venta %1, así que no hay nada que pasar a una agencia.</translation>
    </message>
    <message>
        <source>The sale %1 is already with %2 since %3; recall it first.</source>
        <translation>La venta %1 ya está con %2 desde el %3; retírela primero.</translation>
    </message>
    <message>
        <source>The sale %1 is not with an agency; record the customer&apos;s payment as usual.</source>
        <translation>La venta %1 no está con ninguna agencia; registre el pago del cliente como siempre.</translation>
    </message>
    <message>
        <source>The sale %1 was referred to %2 on %3; the agency cannot have collected before.</source>
        <translation>La venta %1 se pasó a %2 el %3; la agencia no puede haber cobrado antes.</translation>
    </message>
    <message>
        <source>The agency&apos;s collection (%1) is more than is still open on the sale %2 (%3).</source>
        <translation>Lo cobrado por la agencia (%1) es más de lo que queda pendiente de la venta %2 (%3).</translation>
    </message>
    <message>
        <source>The agency&apos;s commission (%1) must be between nothing and what it collected (%2).</source>
        <translation>La comisión de la agencia (%1) debe estar entre nada y lo que cobró (%2).</translation>
    </message>
    <message>
        <source>Agency %1</source>
        <translation>Agencia %1</translation>
    </message>
    <message>
        <source>Agency %1, %2</source>
        <translation>Agencia %1, %2</translation>
    </message>
    <message>
        <source>The sale %1 is not with an agency; there is nothing to recall.</source>
        <translation>La venta %1 no está con ninguna agencia; no hay nada que retirar.</translation>
    </message>
    <message>
        <source>The sale %1 was referred on %2; it cannot be recalled before.</source>
        <translation>La venta %1 se pasó a la agencia el %2; no se puede retirar antes de esa fecha.</translation>
    </message>
    <message>
        <source>Say why the sale is recalled from the agency.</source>
        <translation>Diga por qué se retira la venta de la agencia.</translation>
    </message>
</context>
<context>
    <name>AgingBuckets</name>
    <message>
        <source>Bucket edges must be whole days, each larger than the one before and at least 1.</source>
        <translation>Los límites de los tramos deben ser días enteros, cada uno mayor que el anterior y de al menos 1.</translation>
    </message>
    <message>
        <source>A bucket edge cannot be more than 36500 days.</source>
        <translation>Un límite de tramo no puede superar los 36500 días.</translation>
    </message>
    <message>
        <source>“%1” is not a list of bucket edges in days, such as 30,60,90.</source>
        <translation>“%1” no es una lista de límites de tramos en días, como 30,60,90.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Al corriente</translation>
    </message>
</context>
<context>
    <name>AgingCommand</name>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Show what is owed as of a date, by how long past due.</source>
        <translation>Muestra lo que se debe a una fecha, según el tiempo vencido.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The date of the aging, YYYY-MM-DD (default: today).</source>
        <translation>La fecha de la antigüedad de saldos, AAAA-MM-DD (por omisión: hoy).</translation>
    </message>
    <message>
        <source>Count days past the due date (due, the default) or the issue date (issue).</source>
        <translation>Contar los días desde el vencimiento (due, por omisión) o desde la fecha de emisión (issue).</translation>
    </message>
    <message>
        <source>The upper edges of the past-due buckets in days (default: 30,60,90).</source>
        <translation>Los límites superiores de los tramos de vencido, en días (por omisión: 30,60,90).</translation>
    </message>
    <message>
        <source>table (the default), csv as the interchange format&apos;s aging export, or json.</source>
        <translation>table (por omisión), csv según la exportación de antigüedad del formato de intercambio, o json.</translation>
    </message>
    <message>
        <source>give one BOOK file.</source>
        <translation>indique un solo archivo BOOK.</translation>
    </message>
    <message>
        <source>--by must be “due” or “issue”, not “%1”.</source>
        <translation>--by debe ser “due” o “issue”, no “%1”.</translation>
    </message>
    <message>
        <source>--format must be “table”, “csv” or “json”, not “%1”.</source>
        <translation>--format debe ser “table”, “csv” o “json”, no “%1”.</translation>
    </message>
</context>
<context>
    <name>AgingDocument</name>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>days past the due date</source>
        <translation>días desde el vencimiento</translation>
    </message>
    <message>
        <source>days since the issue date</source>
        <translation>días desde la fecha de emisión</translation>
    </message>
    <message>
        <source>Aged receivables as of %1</source>
        <translation>Antigüedad de saldos por cobrar al %1</translation>
    </message>
    <message>
        <source>Amounts in %1, by %2. Credit is shown apart, never netted into a column.</source>
        <translation>Importes en %1, por %2. El saldo a favor se muestra aparte, nunca se compensa en una columna.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Aged receivables</source>
        <translation>Antigüedad de saldos por cobrar</translation>
    </message>
</context>
<context>
    <name>AgingReport</name>
    <message>
        <source>The aging cannot be computed: %1</source>
        <translation>No se puede calcular la antigüedad de saldos: %1</translation>
    </message>
    <message>
        <source>Give a valid date for the aging.</source>
        <translation>Indique una fecha válida para la antigüedad de saldos.</translation>
    </message>
</context>
<context>
    <name>AgingTotalsCache</name>
    <message>
        <source>The aging totals cannot be read: %1</source>
        <translation>No se pueden leer los totales de la antigüedad de saldos: %1</translation>
    </message>
    <message>
        <source>The cached aging totals by %1 with buckets “%2” cannot be read back.</source>
        <translation>Los totales guardados de la antigüedad de saldos por %1 con los tramos “%2” no se pueden leer.</translation>
    </message>
    <message>
        <source>The cached aging totals as of %1 (by %2, buckets %3) differ from the entries.</source>
        <translation>Los totales guardados de la antigüedad de saldos al %1 (por %2, tramos %3) no coinciden con los asientos.</translation>
    </message>
</context>
<context>
    <name>Allocator</name>
    <message>
        <source>The payment can only go to this customer&apos;s open items.</source>
        <translation>El pago solo puede aplicarse a las partidas pendientes de este cliente.</translation>
    </message>
    <message>
        <source>Each item can appear only once.</source>
        <translation>Cada partida puede aparecer una sola vez.</translation>
    </message>
    <message>
        <source>Each amount must be more than zero.</source>
        <translation>Cada importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>More than is open on the item.</source>
        <translation>Supera lo pendiente de la partida.</translation>
    </message>
    <message>
        <source>A payment cannot go to a sale made after it.</source>
        <translation>Un pago no puede aplicarse a una venta posterior a él.</translation>
    </message>
    <message>
        <source>The split adds up to more than the payment.</source>
        <translation>El reparto suma más que el pago.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>audit record %1: does not follow the record before it</source>
        <translation>registro de auditoría %1: no sigue al registro anterior</translation>
    </message>
    <message>
        <source>audit record %1: its contents were changed</source>
        <translation>registro de auditoría %1: su contenido fue modificado</translation>
    </message>
    <message>
        <source>The head “%1” is not one Recoup writes: give it as N:HASH, the number of the last audit record and the first digits of its hash (for example 1234:0f3a9c2b7d41e8a6).</source>
        <translation>La cabeza “%1” no tiene la forma que escribe Recoup: indíquela como N:HASH, el número del último registro de auditoría y las primeras cifras de su hash (por ejemplo 1234:0f3a9c2b7d41e8a6).</translation>
    </message>
    <message>
        <source>the audit chain ends at record %1, but the head given says it reached record %2: records were removed from its end</source>
        <translation>la cadena de auditoría termina en el registro %1, pero la cabeza indicada dice que llegaba al registro %2: se quitaron registros de su final</translation>
    </message>
    <message>
        <source>audit record %1 is not the one the head given names (its hash begins %2, not %3): the chain was rewritten from there or before</source>
        <translation>el registro de auditoría %1 no es el que nombra la cabeza indicada (su hash empieza por %2, no por %3): la cadena se reescribió desde ahí o antes</translation>
    </message>
</context>
<context>
    <name>BalanceCommand</name>
    <message>
        <source>Show what each customer owes, and the total.</source>
        <translation>Muestra lo que debe cada cliente y el total.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>Only the customer with this reference.</source>
        <translation>Solo el cliente con esta referencia.</translation>
    </message>
    <message>
        <source>Balances as of this date, YYYY-MM-DD (default: everything recorded).</source>
        <translation>Saldos a esta fecha, AAAA-MM-DD (por omisión: todo lo registrado).</translation>
    </message>
    <message>
        <source>give one BOOK file.</source>
        <translation>indique un solo archivo BOOK.</translation>
    </message>
    <message>
        <source>there is no customer with the reference “%1”.</source>
        <translation>no hay ningún cliente con la referencia “%1”.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>BalanceReport</name>
    <message>
        <source>The balances cannot be computed: %1</source>
        <translation>No se pueden calcular los saldos: %1</translation>
    </message>
</context>
<context>
    <name>BindingVerifier</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>audit record %1: a row it binds is not in canonical form v1</source>
        <translation>registro de auditoría %1: una fila que vincula no está en la forma canónica v1</translation>
    </message>
    <message>
        <source>%1 row %2: audit record %3 records it, but the row is gone</source>
        <translation>%1 fila %2: el registro de auditoría %3 la registra, pero la fila ya no está</translation>
    </message>
    <message>
        <source>%1 row %2: no audit record binds it (it was added outside Recoup)</source>
        <translation>%1 fila %2: ningún registro de auditoría la vincula (se añadió fuera de Recoup)</translation>
    </message>
    <message>
        <source>%1 row %2, column %3: the book holds “%4”, audit record %5 recorded “%6”</source>
        <translation>%1 fila %2, columna %3: el libro tiene “%4”, el registro de auditoría %5 registró “%6”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) no audit record binds</source>
        <translation>
            <numerusform>%1: %n fila más que ningún registro de auditoría vincula</numerusform>
            <numerusform>%1: %n filas más que ningún registro de auditoría vincula</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) recorded but gone</source>
        <translation>
            <numerusform>%1: %n fila más registrada que ya no está</numerusform>
            <numerusform>%1: %n filas más registradas que ya no están</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more row(s) that differ from their audit record</source>
        <translation>
            <numerusform>%1: %n fila más que difiere de su registro de auditoría</numerusform>
            <numerusform>%1: %n filas más que difieren de su registro de auditoría</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookRules</name>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Un campo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Introduzca el nombre del cliente.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: it needs one @ with text on each side.</source>
        <translation>“%1” no es una dirección de correo electrónico: necesita una @ con texto a cada lado.</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative.</source>
        <translation>El límite de crédito no puede ser negativo.</translation>
    </message>
    <message>
        <source>Terms must be between 0 and %1 days.</source>
        <translation>El plazo debe ser de 0 a %1 días.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The amount is too large: one entry can be at most %1.</source>
        <translation>El importe es demasiado grande: un asiento puede ser como máximo de %1.</translation>
    </message>
    <message>
        <source>The amount must not be zero.</source>
        <translation>El importe no puede ser cero.</translation>
    </message>
    <message>
        <source>The book cannot take this: its entries would add up to more than %1, the most one book can hold. Start a new book for what comes next.</source>
        <translation>El libro no admite esto: sus asientos sumarían más de %1, lo máximo que puede contener un libro. Empiece un libro nuevo para lo que venga.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Introduzca una fecha válida.</translation>
    </message>
    <message>
        <source>%1 is outside the dates a book can hold (%2 to %3).</source>
        <translation>%1 está fuera de las fechas que puede contener un libro (del %2 al %3).</translation>
    </message>
    <message>
        <source>With %1 days of terms the sale would fall due after %2, the last date a book can hold.</source>
        <translation>Con un plazo de %1 días la venta vencería después del %2, la última fecha que puede contener un libro.</translation>
    </message>
    <message>
        <source>Enter a due date or terms in days.</source>
        <translation>Introduzca un vencimiento o un plazo en días.</translation>
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation>El vencimiento no puede ser anterior a la fecha de emisión.</translation>
    </message>
    <message>
        <source>The books are closed through %1; choose a later date.</source>
        <translation>Los libros están cerrados hasta el %1; elija una fecha posterior.</translation>
    </message>
</context>
<context>
    <name>BookSession</name>
    <message>
        <source>there is no customer with the reference “%1”.</source>
        <translation>no hay ningún cliente con la referencia “%1”.</translation>
    </message>
    <message>
        <source>there is no sale with the reference “%1”.</source>
        <translation>no hay ninguna venta con la referencia “%1”.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BookTotal</name>
    <message>
        <source>The book&apos;s entries cannot be added up: %1</source>
        <translation>No se pueden sumar los asientos del libro: %1</translation>
    </message>
</context>
<context>
    <name>BulkInserter</name>
    <message>
        <source>The book is not an SQLite database.</source>
        <translation>El libro no es una base de datos SQLite.</translation>
    </message>
</context>
<context>
    <name>BulkLedgerWriter</name>
    <message>
        <source>The bulk writer needs a write transaction.</source>
        <translation>La escritura masiva necesita una transacción de escritura.</translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation>Ese cliente no existe.</translation>
    </message>
    <message>
        <source>The bulk writer was not started.</source>
        <translation>La escritura masiva no se ha iniciado.</translation>
    </message>
    <message>
        <source>Each sale needs a reference.</source>
        <translation>Cada venta necesita una referencia.</translation>
    </message>
    <message>
        <source>The bulk writer allocates by the rule only.</source>
        <translation>La escritura masiva solo reparte los pagos según la regla.</translation>
    </message>
    <message>
        <source>Each customer needs a reference.</source>
        <translation>Cada cliente necesita una referencia.</translation>
    </message>
</context>
<context>
    <name>BusinessDetails</name>
    <message>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Número de identificación fiscal</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG file)</source>
        <translation>Logotipo (archivo PNG o JPEG)</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Account number (where there is no IBAN)</source>
        <translation>Número de cuenta (donde no hay IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Payment link ({reference} and {amount} are filled in)</source>
        <translation>Enlace de pago (se rellenan {reference} y {amount})</translation>
    </message>
    <message>
        <source>Country (ISO code, as ES)</source>
        <translation>País (código ISO, como ES)</translation>
    </message>
    <message>
        <source>Country calling code (as 34)</source>
        <translation>Prefijo telefónico del país (como 34)</translation>
    </message>
    <message>
        <source>“%1” is not a business detail. Known details: %2.</source>
        <translation>«%1» no es un dato del negocio. Datos conocidos: %2.</translation>
    </message>
    <message>
        <source>An address line has at most %1 characters; “%2” has %3.</source>
        <translation>Una línea de la dirección tiene como máximo %1 caracteres; «%2» tiene %3.</translation>
    </message>
    <message>
        <source>The address has at most %1 lines, not %2.</source>
        <translation>La dirección tiene como máximo %1 líneas, no %2.</translation>
    </message>
    <message>
        <source>The logo cannot be read: choose a PNG or JPEG image file.</source>
        <translation>No se puede leer el logotipo: elija un archivo de imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>The logo is %1 KB; a logo of at most %2 KB keeps the book small.</source>
        <translation>El logotipo ocupa %1 KB; un logotipo de %2 KB como máximo mantiene pequeño el libro.</translation>
    </message>
    <message>
        <source>%1 must be one line.</source>
        <translation>%1 debe ocupar una sola línea.</translation>
    </message>
    <message>
        <source>The business name cannot be empty: it heads every paper.</source>
        <translation>El nombre del negocio no puede estar vacío: encabeza todos los documentos.</translation>
    </message>
    <message>
        <source>The business name has at most %1 characters.</source>
        <translation>El nombre del negocio tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, spaces and an optional + (as +34 912 345 678).</source>
        <translation>«%1» no es un número de teléfono: use dígitos, espacios y un + opcional (como +34 912 345 678).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (as shop@example.com).</source>
        <translation>«%1» no es una dirección de correo electrónico (como tienda@ejemplo.com).</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters.</source>
        <translation>%1 tiene como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not an IBAN: two letters of the country, two check digits, then the account (as ES91 2100 0418 4502 0005 1332).</source>
        <translation>«%1» no es un IBAN: dos letras del país, dos dígitos de control y luego la cuenta (como ES91 2100 0418 4502 0005 1332).</translation>
    </message>
    <message>
        <source>The IBAN “%1” has a wrong check digit: look for a mistyped character.</source>
        <translation>El IBAN «%1» tiene un dígito de control incorrecto: busque un carácter mal escrito.</translation>
    </message>
    <message>
        <source>“%1” is not a BIC: 8 or 11 letters and digits (as CAIXESBBXXX).</source>
        <translation>«%1» no es un BIC: 8 u 11 letras y dígitos (como CAIXESBBXXX).</translation>
    </message>
    <message>
        <source>“%1” is not a web address starting with https:// .</source>
        <translation>«%1» no es una dirección web que empiece por https:// .</translation>
    </message>
    <message>
        <source>The payment link can fill in {reference} and {amount}, not {%1}.</source>
        <translation>El enlace de pago puede rellenar {reference} y {amount}, no {%1}.</translation>
    </message>
    <message>
        <source>“%1” is not a country code: use the two letters of ISO 3166 (as ES, GB, US).</source>
        <translation>«%1» no es un código de país: use las dos letras de ISO 3166 (como ES, GB, US).</translation>
    </message>
    <message>
        <source>“%1” is not a country calling code: one to three digits (as 34 or +44).</source>
        <translation>«%1» no es un prefijo telefónico de país: de uno a tres dígitos (como 34 o +44).</translation>
    </message>
</context>
<context>
    <name>CasePackReader</name>
    <message>
        <source>The pack needs a valid date.</source>
        <translation>El dosier necesita una fecha válida.</translation>
    </message>
    <message>
        <source>The sale %1 is not %2&apos;s: a pack is about one customer&apos;s debts.</source>
        <translation>La venta %1 no es de %2: un dosier trata de las deudas de un solo cliente.</translation>
    </message>
</context>
<context>
    <name>ChatLink</name>
    <message>
        <source>The customer has no phone number in international form (as +34 612 345 678): correct it on the customer&apos;s details.</source>
        <translation>El cliente no tiene un número de teléfono en formato internacional (como +34 612 345 678): corríjalo en los datos del cliente.</translation>
    </message>
</context>
<context>
    <name>ChatNumber</name>
    <message>
        <source>The customer has no phone number: add one on the customer&apos;s details.</source>
        <translation>El cliente no tiene número de teléfono: añada uno en los datos del cliente.</translation>
    </message>
    <message>
        <source>“%1” has no country code and the book names no country: write it with its country code, as +34 612 345 678, or give the book its country.</source>
        <translation>“%1” no tiene prefijo de país y el libro no indica ningún país: escríbalo con su prefijo de país, como +34 612 345 678, o indique el país del libro.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number that can take a message: check it on the customer&apos;s details (with its country code, as +34 612 345 678).</source>
        <translation>“%1” no es un número de teléfono que pueda recibir mensajes: revíselo en los datos del cliente (con su prefijo de país, como +34 612 345 678).</translation>
    </message>
</context>
<context>
    <name>CloseCommand</name>
    <message>
        <source>Close the books through a day: no entry dated on or before it can be made.</source>
        <translation>Cerrar los libros hasta un día: no se puede hacer ningún asiento con fecha de ese día o anterior.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The last day closed, YYYY-MM-DD: up to today, after the day the books are closed through now.</source>
        <translation>El último día cerrado, AAAA-MM-DD: hasta hoy, y posterior al día hasta el que los libros están cerrados ahora.</translation>
    </message>
    <message>
        <source>Who closes the books, as the audit log keeps it (default: the user running this).</source>
        <translation>Quién cierra los libros, tal como lo guarda el registro de auditoría (por omisión: el usuario que ejecuta esto).</translation>
    </message>
    <message>
        <source>give one BOOK file and --through YYYY-MM-DD.</source>
        <translation>indique un archivo LIBRO y --through AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Closed the books through %1 (they were closed through %2): no entry dated on or before %1 can be made now.</source>
        <translation>Libros cerrados hasta el %1 (estaban cerrados hasta el %2): ya no se puede hacer ningún asiento con fecha del %1 o anterior.</translation>
    </message>
    <message>
        <source>Closed the books through %1: no entry dated on or before it can be made now.</source>
        <translation>Libros cerrados hasta el %1: ya no se puede hacer ningún asiento con esa fecha o anterior.</translation>
    </message>
</context>
<context>
    <name>CollectionChecks</name>
    <message>
        <source>This computer&apos;s clock says %1, but the book holds a record made at %2. Set the clock right and try again; nothing was saved.</source>
        <translation>El reloj de este equipo marca %1, pero el libro tiene un registro hecho el %2. Ponga el reloj en hora y vuelva a intentarlo; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1 is in the future; record what has happened, up to today (%2).</source>
        <translation>%1 es una fecha futura; registre lo que ya ha ocurrido, hasta hoy (%2).</translation>
    </message>
</context>
<context>
    <name>CollectionOutlook</name>
    <message>
        <source>Give a valid date.</source>
        <translation>Indique una fecha válida.</translation>
    </message>
</context>
<context>
    <name>CollectionPolicy</name>
    <message>
        <source>Friendly reminder</source>
        <translation>Recordatorio amable</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Segundo recordatorio</translation>
    </message>
    <message>
        <source>Personal call</source>
        <translation>Llamada personal</translation>
    </message>
    <message>
        <source>Late fee and warning</source>
        <translation>Recargo por mora y advertencia</translation>
    </message>
    <message>
        <source>Final notice</source>
        <translation>Último aviso</translation>
    </message>
    <message>
        <source>Credit stopped</source>
        <translation>Crédito suspendido</translation>
    </message>
    <message>
        <source>Collection agency</source>
        <translation>Agencia de cobros</translation>
    </message>
    <message>
        <source>Letter before legal action</source>
        <translation>Carta previa a acciones legales</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Enviar un recordatorio</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Late fee and warning letter</source>
        <translation>Recargo por mora y carta de advertencia</translation>
    </message>
    <message>
        <source>Stop credit</source>
        <translation>Suspender el crédito</translation>
    </message>
    <message>
        <source>Refer to a collection agency</source>
        <translation>Pasar a una agencia de cobros</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>A ladder has at most %1 steps; this one has %2.</source>
        <translation>Una escalera tiene como máximo %1 pasos; esta tiene %2.</translation>
    </message>
    <message>
        <source>The grace days of a promise must be between 0 and %1.</source>
        <translation>Los días de gracia de una promesa deben estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>The gentler ladder&apos;s factor must be between 1 and %1.</source>
        <translation>El factor de la escalera más suave debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>Step %1: the key “%2” must be 1 to 40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>Paso %1: la clave “%2” debe tener de 1 a 40 letras minúsculas, cifras o _, y empezar por una letra.</translation>
    </message>
    <message>
        <source>Step %1: the key “%2” is used by another step.</source>
        <translation>Paso %1: otro paso ya usa la clave “%2”.</translation>
    </message>
    <message>
        <source>Step %1: the name must be at most %2 characters, without spaces at either end.</source>
        <translation>Paso %1: el nombre debe tener como máximo %2 caracteres, sin espacios al principio ni al final.</translation>
    </message>
    <message>
        <source>Step %1: the day offset %2 is outside %3 to %4.</source>
        <translation>Paso %1: el desplazamiento de %2 días está fuera del intervalo de %3 a %4.</translation>
    </message>
    <message>
        <source>Step %1: the steps must be in order of their day offsets, each later than the one before (%2 is not after %3).</source>
        <translation>Paso %1: los pasos deben ir en orden de días, cada uno posterior al anterior (%2 no es posterior a %3).</translation>
    </message>
    <message>
        <source>Step %1: a reminder goes by e-mail, SMS, WhatsApp or letter.</source>
        <translation>Paso %1: un recordatorio se envía por correo electrónico, SMS, WhatsApp o carta.</translation>
    </message>
    <message>
        <source>The policy file is not valid JSON (at character %1: %2).</source>
        <translation>El archivo de la política no es JSON válido (en el carácter %1: %2).</translation>
    </message>
    <message>
        <source>The policy file must hold one JSON object.</source>
        <translation>El archivo de la política debe contener un único objeto JSON.</translation>
    </message>
    <message>
        <source>This is not a Recoup collection policy: “format” must be “%1”.</source>
        <translation>Esto no es una política de cobro de Recoup: “format” debe ser “%1”.</translation>
    </message>
    <message>
        <source>The policy file has an unknown member “%1”.</source>
        <translation>El archivo de la política tiene un miembro desconocido, “%1”.</translation>
    </message>
    <message>
        <source>“promise_grace_days” must be a whole number of days.</source>
        <translation>“promise_grace_days” debe ser un número entero de días.</translation>
    </message>
    <message>
        <source>“gentle_factor” must be a whole number.</source>
        <translation>“gentle_factor” debe ser un número entero.</translation>
    </message>
    <message>
        <source>“steps” must be a list of steps.</source>
        <translation>“steps” debe ser una lista de pasos.</translation>
    </message>
    <message>
        <source>Step %1 must be a JSON object.</source>
        <translation>El paso %1 debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Step %1 has an unknown member “%2”.</source>
        <translation>El paso %1 tiene un miembro desconocido, “%2”.</translation>
    </message>
    <message>
        <source>Step %1 needs a “key”.</source>
        <translation>El paso %1 necesita una “key”.</translation>
    </message>
    <message>
        <source>Step %1: “name” must be text.</source>
        <translation>Paso %1: “name” debe ser un texto.</translation>
    </message>
    <message>
        <source>Step %1: “day_offset” must be a whole number of days.</source>
        <translation>Paso %1: “day_offset” debe ser un número entero de días.</translation>
    </message>
    <message>
        <source>Step %1: “action” must be one of reminder, call, late_fee, final_notice, stop_credit, agency, legal_letter.</source>
        <translation>Paso %1: “action” debe ser reminder, call, late_fee, final_notice, stop_credit, agency o legal_letter.</translation>
    </message>
    <message>
        <source>Step %1: a reminder needs a “channel”: email, sms, whatsapp or letter.</source>
        <translation>Paso %1: un recordatorio necesita un “channel”: email, sms, whatsapp o letter.</translation>
    </message>
    <message>
        <source>Step %1: only reminders have a “channel”.</source>
        <translation>Paso %1: solo los recordatorios tienen “channel”.</translation>
    </message>
    <message>
        <source>Step %1: “needs_approval” must be true or false.</source>
        <translation>Paso %1: “needs_approval” debe ser true o false.</translation>
    </message>
    <message>
        <source>This policy file is version %1; this program reads versions %2 to %3.</source>
        <translation>Este archivo de política es de la versión %1; este programa lee las versiones %2 a %3.</translation>
    </message>
</context>
<context>
    <name>CollectionRecords</name>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Promised to pay</source>
        <translation>Prometió pagar</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Se negó a pagar</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagó</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Standard ladder</source>
        <translation>Escalera estándar</translation>
    </message>
    <message>
        <source>Gentler ladder</source>
        <translation>Escalera más suave</translation>
    </message>
    <message>
        <source>Ladder paused</source>
        <translation>Escalera en pausa</translation>
    </message>
    <message>
        <source>That contact is not in the log.</source>
        <translation>Ese contacto no está en el registro.</translation>
    </message>
    <message>
        <source>There is no dispute number %1.</source>
        <translation>No existe la disputa número %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: recoup-cli COMMAND [OPTIONS] ...</source>
        <translation>Uso: recoup-cli COMANDO [OPCIONES] ...</translation>
    </message>
    <message>
        <source>Recoup&apos;s books from the command line.</source>
        <translation>Los libros de Recoup desde la línea de comandos.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run “recoup-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Ejecute “recoup-cli COMANDO --help” para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>recoup-cli: unknown command “%1”.</source>
        <translation>recoup-cli: comando desconocido “%1”.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Also show the database&apos;s own words for any problem.</source>
        <translation>Muestra también la descripción de cualquier problema con las palabras de la propia base de datos.</translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>Log a call, visit, letter or message with a customer.</source>
        <translation>Registrar una llamada, visita, carta o mensaje con un cliente.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The customer&apos;s reference.</source>
        <translation>La referencia del cliente.</translation>
    </message>
    <message>
        <source>How: phone, visit, letter, email, sms or whatsapp.</source>
        <translation>Cómo: phone, visit, letter, email, sms o whatsapp.</translation>
    </message>
    <message>
        <source>How it went: no_answer, promised, disputed, refused, wrong_number, paid or other.</source>
        <translation>Cómo fue: no_answer, promised, disputed, refused, wrong_number, paid u other.</translation>
    </message>
    <message>
        <source>The sale it was about (default: the whole account).</source>
        <translation>La venta de la que se trató (por omisión: toda la cuenta).</translation>
    </message>
    <message>
        <source>When it happened, YYYY-MM-DD (default: today).</source>
        <translation>Cuándo ocurrió, AAAA-MM-DD (por omisión: hoy).</translation>
    </message>
    <message>
        <source>At what time, HH:MM.</source>
        <translation>A qué hora, HH:MM.</translation>
    </message>
    <message>
        <source>Who made the contact (default: the user running this).</source>
        <translation>Quién hizo el contacto (por omisión: el usuario que ejecuta esto).</translation>
    </message>
    <message>
        <source>What was said.</source>
        <translation>Lo que se dijo.</translation>
    </message>
    <message>
        <source>When to follow up, YYYY-MM-DD: it comes on the worklist that day.</source>
        <translation>Cuándo hacer el seguimiento, AAAA-MM-DD: aparece ese día en la lista de tareas.</translation>
    </message>
    <message>
        <source>give a BOOK file and a CUSTOMER reference.</source>
        <translation>indique un archivo BOOK y una referencia CUSTOMER.</translation>
    </message>
    <message>
        <source>--channel must be phone, visit, letter, email, sms or whatsapp, not “%1”.</source>
        <translation>--channel debe ser phone, visit, letter, email, sms o whatsapp, no “%1”.</translation>
    </message>
    <message>
        <source>--outcome must be no_answer, promised, disputed, refused, wrong_number, paid or other, not “%1”.</source>
        <translation>--outcome debe ser no_answer, promised, disputed, refused, wrong_number, paid u other, no “%1”.</translation>
    </message>
    <message>
        <source>Logged contact %1 with %2.</source>
        <translation>Se registró el contacto %1 con %2.</translation>
    </message>
    <message>
        <source>Log it even though it breaks a contact limit (see `recoup-cli limits`).</source>
        <translation>Registrarlo aunque supere un límite de contacto (vea `recoup-cli limits`).</translation>
    </message>
    <message>
        <source>Nothing was logged; add --despite-limits to log it anyway.</source>
        <translation>No se registró nada; añada --despite-limits para registrarlo de todos modos.</translation>
    </message>
</context>
<context>
    <name>ContactLimits</name>
    <message>
        <source>The contact limits kept in the book (“%1”) cannot be read.</source>
        <translation>No se pueden leer los límites de contacto guardados en el libro («%1»).</translation>
    </message>
    <message>
        <source>The number of calls must be from 1 to %1.</source>
        <translation>El número de llamadas debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The number of days must be from 1 to %1.</source>
        <translation>El número de días debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The earliest hour to contact a customer must be before the latest.</source>
        <translation>La primera hora para contactar a un cliente debe ser anterior a la última.</translation>
    </message>
    <message>
        <source>%1 is outside the hours for contacting a customer (%2 to %3).</source>
        <translation>Las %1 están fuera del horario para contactar a un cliente (de %2 a %3).</translation>
    </message>
    <message>
        <source>This would be call %1 in %2 days about the same debt; the limit is %3.</source>
        <translation>Sería la llamada %1 en %2 días sobre la misma deuda; el límite es %3.</translation>
    </message>
</context>
<context>
    <name>ContactLog</name>
    <message>
        <source>The sale %1 is not this customer&apos;s.</source>
        <translation>La venta %1 no es de este cliente.</translation>
    </message>
    <message>
        <source>“%1” is not a time written HH:MM (00:00 to 23:59).</source>
        <translation>“%1” no es una hora escrita HH:MM (de 00:00 a 23:59).</translation>
    </message>
    <message>
        <source>The follow-up date (%1) cannot be before the contact (%2).</source>
        <translation>La fecha de seguimiento (%1) no puede ser anterior al contacto (%2).</translation>
    </message>
</context>
<context>
    <name>CorrectionService</name>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation>Indique un motivo para el ajuste.</translation>
    </message>
    <message>
        <source>A reduction cannot be more than is open on the sale.</source>
        <translation>Una reducción no puede superar lo pendiente de la venta.</translation>
    </message>
    <message>
        <source>Give a reason for the reversal.</source>
        <translation>Indique un motivo para la anulación.</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed; record the entry again instead.</source>
        <translation>Una anulación no se puede anular; registre de nuevo el asiento.</translation>
    </message>
    <message>
        <source>That entry has already been reversed.</source>
        <translation>Ese asiento ya se anuló.</translation>
    </message>
    <message>
        <source>The payment plan %1 moved this sale&apos;s balance; its entries cannot be reversed.</source>
        <translation>El plan de pagos %1 trasladó el saldo de esta venta; sus asientos no se pueden anular.</translation>
    </message>
</context>
<context>
    <name>CreditCommand</name>
    <message>
        <source>Stop or resume a customer&apos;s credit, set its credit limit, or show where it stands.</source>
        <translation>Suspender o reanudar el crédito de un cliente, fijar su límite de crédito o mostrar cómo está.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The customer&apos;s reference.</source>
        <translation>La referencia del cliente.</translation>
    </message>
    <message>
        <source>limit: the most the customer may owe, or none for no limit.</source>
        <translation>limit: lo máximo que puede deber el cliente, o none para no tener límite.</translation>
    </message>
    <message>
        <source>stop, resume: why (kept in the customer&apos;s record).</source>
        <translation>stop, resume: por qué (se guarda en la ficha del cliente).</translation>
    </message>
    <message>
        <source>stop, resume: the day it happened (default: today).</source>
        <translation>stop, resume: el día en que ocurrió (por omisión: hoy).</translation>
    </message>
    <message>
        <source>give stop|resume|show BOOK CUSTOMER, or limit BOOK CUSTOMER AMOUNT|none.</source>
        <translation>indique stop|resume|show BOOK CUSTOMER, o limit BOOK CUSTOMER AMOUNT|none.</translation>
    </message>
    <message>
        <source>Customer %1 owes %2; credit limit: %3.</source>
        <translation>El cliente %1 debe %2; límite de crédito: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Credit stopped since %1: %2.</source>
        <translation>Crédito suspendido desde el %1: %2.</translation>
    </message>
    <message>
        <source>Credit open.</source>
        <translation>Crédito abierto.</translation>
    </message>
    <message>
        <source>the limit</source>
        <translation>el límite</translation>
    </message>
    <message>
        <source>Customer %1 may now owe up to %2.</source>
        <translation>El cliente %1 puede deber ahora hasta %2.</translation>
    </message>
    <message>
        <source>Customer %1 has no credit limit now.</source>
        <translation>El cliente %1 ya no tiene límite de crédito.</translation>
    </message>
    <message>
        <source>Stopped the credit of customer %1; a new credit sale needs a reason to go ahead.</source>
        <translation>Se suspendió el crédito del cliente %1; una nueva venta a crédito necesita un motivo para seguir adelante.</translation>
    </message>
    <message>
        <source>Resumed the credit of customer %1.</source>
        <translation>Se reanudó el crédito del cliente %1.</translation>
    </message>
</context>
<context>
    <name>CreditControl</name>
    <message>
        <source>%1 is in the future; record what has happened, up to today (%2).</source>
        <translation>%1 es una fecha futura; registre lo que ya ha ocurrido, hasta hoy (%2).</translation>
    </message>
    <message>
        <source>Say why the customer&apos;s credit is stopped; the reason is kept in the customer&apos;s record.</source>
        <translation>Diga por qué se suspende el crédito del cliente; el motivo se guarda en su ficha.</translation>
    </message>
    <message>
        <source>The customer&apos;s credit is already stopped, since %1.</source>
        <translation>El crédito del cliente ya está suspendido, desde el %1.</translation>
    </message>
    <message>
        <source>Say why the customer&apos;s credit is resumed; the reason is kept in the customer&apos;s record.</source>
        <translation>Diga por qué se reanuda el crédito del cliente; el motivo se guarda en su ficha.</translation>
    </message>
    <message>
        <source>The customer&apos;s credit is not stopped; there is nothing to resume.</source>
        <translation>El crédito del cliente no está suspendido; no hay nada que reanudar.</translation>
    </message>
    <message>
        <source>The credit was stopped on %1; it cannot be resumed before.</source>
        <translation>El crédito se suspendió el %1; no se puede reanudar antes de esa fecha.</translation>
    </message>
    <message>
        <source>The customer&apos;s credit is stopped since %1.</source>
        <translation>El crédito del cliente está suspendido desde el %1.</translation>
    </message>
    <message>
        <source>The customer&apos;s credit is stopped since %1: %2.</source>
        <translation>El crédito del cliente está suspendido desde el %1: %2.</translation>
    </message>
    <message>
        <source>This sale takes the balance of %1 over the credit limit of %2.</source>
        <translation>Esta venta lleva el saldo de %1 por encima del límite de crédito de %2.</translation>
    </message>
    <message>
        <source>To make the sale anyway, give the reason for the exception; it is kept with the sale.</source>
        <translation>Para hacer la venta de todos modos, indique el motivo de la excepción; se guarda con la venta.</translation>
    </message>
</context>
<context>
    <name>CreditHoldDialog</name>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>“%1” is not a currency code such as USD, EUR or JPY.</source>
        <translation>“%1” no es un código de moneda como USD, EUR o JPY.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 4217 currency code. Use the three letters of a currency in use, such as USD, EUR or JPY.</source>
        <translation>“%1” no es un código de moneda ISO 4217. Use las tres letras de una moneda en uso, como USD, EUR o JPY.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Credit &amp;limit</source>
        <translation>&amp;Límite de crédito</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>Another customer already has the reference “%1”.</source>
        <translation>Otro cliente ya tiene la referencia “%1”.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The book is in use by another program. Close the other program and try again.</source>
        <translation>Otro programa está usando el libro. Cierre ese programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The book is read-only. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>El libro es de solo lectura. Cópielo a una carpeta donde pueda escribir o cambie sus permisos.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>El disco está lleno. Libere espacio e inténtelo de nuevo; no se guardó nada.</translation>
    </message>
    <message>
        <source>The book is damaged. Restore it from a backup.</source>
        <translation>El libro está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The book could not be read or written (input/output error).</source>
        <translation>No se pudo leer ni escribir el libro (error de entrada/salida).</translation>
    </message>
    <message>
        <source>The book “%1” could not be created: %2</source>
        <translation>No se pudo crear el libro “%1”: %2</translation>
    </message>
    <message>
        <source>The book “%1” could not be opened: %2</source>
        <translation>No se pudo abrir el libro “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name for the book.</source>
        <translation>“%1” ya existe. Elija otro nombre de archivo para el libro.</translation>
    </message>
    <message>
        <source>There is no book at “%1”.</source>
        <translation>No hay ningún libro en “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a book.</source>
        <translation>“%1” es una carpeta, no un libro.</translation>
    </message>
    <message>
        <source>The book “%1” cannot be read: you do not have permission.</source>
        <translation>No se puede leer el libro “%1”: no tiene permiso.</translation>
    </message>
    <message>
        <source>“%1” is not a Recoup book (it is not a database).</source>
        <translation>“%1” no es un libro de Recoup (no es una base de datos).</translation>
    </message>
    <message>
        <source>The book “%1” cannot be opened: %2</source>
        <translation>No se puede abrir el libro “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Recoup book.</source>
        <translation>“%1” es una base de datos, pero no un libro de Recoup.</translation>
    </message>
    <message>
        <source>The book “%1” was made by a newer version of Recoup (book version %2; this program reads up to %3). Update Recoup to open it; the file was not changed.</source>
        <translation>El libro “%1” se creó con una versión más reciente de Recoup (versión del libro %2; este programa lee hasta la %3). Actualice Recoup para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Could not make a backup before upgrading the book: %1. The book was not changed.</source>
        <translation>No se pudo hacer una copia de seguridad antes de actualizar el libro: %1. El libro no se modificó.</translation>
    </message>
    <message>
        <source>Upgrading the book to version %1 failed: %2. The book was not changed.</source>
        <translation>Falló la actualización del libro a la versión %1: %2. El libro no se modificó.</translation>
    </message>
    <message>
        <source>The book has no valid currency: %1</source>
        <translation>El libro no tiene una moneda válida: %1</translation>
    </message>
    <message>
        <source>The change was undone because part of it failed.</source>
        <translation>El cambio se deshizo porque una parte falló.</translation>
    </message>
    <message>
        <source>The book “%1” was opened only for reading.</source>
        <translation>El libro “%1” se abrió solo para lectura.</translation>
    </message>
    <message>
        <source>The book “%1” was made by an older version of Recoup. Open it once in Recoup (or import into it) to upgrade it; reading it needs the upgrade first.</source>
        <translation>El libro “%1” se hizo con una versión anterior de Recoup. Ábralo una vez en Recoup (o importe en él) para actualizarlo; para leerlo hace falta actualizarlo antes.</translation>
    </message>
    <message>
        <source>The book “%1” is damaged, so Recoup will not change it. Restore it from a backup; “recoup-cli verify %1” shows what is wrong.</source>
        <translation>El libro “%1” está dañado, así que Recoup no lo modificará. Restáurelo desde una copia de seguridad; “recoup-cli verify %1” muestra qué está mal.</translation>
    </message>
    <message>
        <source>The book “%1” could not be created: there is no folder “%2”. Create the folder first, or choose another place.</source>
        <translation>No se pudo crear el libro “%1”: no existe la carpeta “%2”. Cree antes la carpeta o elija otro lugar.</translation>
    </message>
    <message>
        <source>The book “%1” is in a folder that cannot be written to (read-only media, or its permissions), so it can be read but not changed. Copy it to a folder you can write to.</source>
        <translation>El libro “%1” está en una carpeta en la que no se puede escribir (un medio de solo lectura, o sus permisos), así que se puede leer pero no modificar. Cópielo a una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <source>The book “%1” is read-only, so it can be read but not changed. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>El libro “%1” es de solo lectura, así que se puede leer pero no modificar. Cópielo a una carpeta donde pueda escribir o cambie sus permisos.</translation>
    </message>
    <message>
        <source>This customer reference is already in the book: another import or program recorded it first, while this one waited its turn. Look at the book before trying again.</source>
        <translation>Esta referencia de cliente ya está en el libro: otra importación u otro programa la registró primero mientras esta esperaba su turno. Revise el libro antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>This sale reference is already in the book: another import or program recorded it first, while this one waited its turn. Look at the book before trying again.</source>
        <translation>Esta referencia de venta ya está en el libro: otra importación u otro programa la registró primero mientras esta esperaba su turno. Revise el libro antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>This payment reference is already in the book: another import or program recorded it first, while this one waited its turn. Look at the book before trying again.</source>
        <translation>Esta referencia de pago ya está en el libro: otra importación u otro programa la registró primero mientras esta esperaba su turno. Revise el libro antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Another program recorded the same thing first, so nothing was saved. Look at the book before trying again.</source>
        <translation>Otro programa registró lo mismo primero, así que no se guardó nada. Revise el libro antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>A sale&apos;s due date would come before its issue date, so nothing was saved.</source>
        <translation>La fecha de vencimiento de una venta quedaría antes de su fecha de emisión, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>A date is missing or outside the dates a book can hold, so nothing was saved.</source>
        <translation>Falta una fecha o está fuera de las fechas que admite un libro, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The change refers to something that is not in the book (another program may have changed it), so nothing was saved.</source>
        <translation>El cambio se refiere a algo que no está en el libro (puede que otro programa lo haya cambiado), así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the book, so nothing was saved.</source>
        <translation>El cambio incumple una regla del libro, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The book&apos;s file could not be opened: check that its folder exists and that you may use it.</source>
        <translation>No se pudo abrir el archivo del libro: compruebe que su carpeta existe y que tiene permiso para usarla.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in the book, and nothing was saved. Run “recoup-cli verify” on it; if this happens again, restore a backup. (“--verbose” shows the details.)</source>
        <translation>Algo inesperado falló en el libro y no se guardó nada. Ejecute “recoup-cli verify” sobre él; si vuelve a ocurrir, restaure una copia de seguridad. (“--verbose” muestra los detalles.)</translation>
    </message>
    <message>
        <source>The table “%1” is missing from the book: it was changed outside Recoup.</source>
        <translation>Falta la tabla “%1” en el libro: se modificó fuera de Recoup.</translation>
    </message>
    <message>
        <source>The guard “%1”, which keeps the ledger append-only, is missing from the book: it was changed outside Recoup, and its entries may have been altered.</source>
        <translation>Falta en el libro la protección “%1”, que impide modificar o borrar asientos: se modificó fuera de Recoup, y sus asientos pueden haber sido alterados.</translation>
    </message>
    <message>
        <source>The index “%1” is missing from the book: it was changed outside Recoup.</source>
        <translation>Falta el índice “%1” en el libro: se modificó fuera de Recoup.</translation>
    </message>
    <message>
        <source>The view “%1” is missing from the book: it was changed outside Recoup.</source>
        <translation>Falta la vista “%1” en el libro: se modificó fuera de Recoup.</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>What was sold (optional)</source>
        <translation>Qué se vendió (opcional)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>&amp;Issued</source>
        <translation>&amp;Fecha de emisión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>&amp;Net</source>
        <translation>A &amp;plazo de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;El día</translation>
    </message>
    <message>
        <source>E&amp;xception</source>
        <translation>E&amp;xcepción</translation>
    </message>
    <message>
        <source>Why the sale goes ahead anyway (kept with the sale)</source>
        <translation>Por qué se hace la venta de todos modos (se guarda con la venta)</translation>
    </message>
</context>
<context>
    <name>DemoBook</name>
    <message>
        <source>“%1” already exists. Choose a new file name for the book.</source>
        <translation>“%1” ya existe. Elija un nombre de archivo nuevo para el libro.</translation>
    </message>
    <message>
        <source>The demo book could not be given its name “%1”; nothing was made.</source>
        <translation>No se pudo dar al libro de demostración su nombre “%1”; no se hizo nada.</translation>
    </message>
</context>
<context>
    <name>DemoCollectionsStory</name>
    <message>
        <source>Left a message</source>
        <translation>Dejó un mensaje</translation>
    </message>
    <message>
        <source>Says the cheque is in the post</source>
        <translation>Dice que el cheque está en el correo</translation>
    </message>
    <message>
        <source>Will pay when their customer pays them</source>
        <translation>Pagará cuando su cliente le pague</translation>
    </message>
    <message>
        <source>Asked for a copy of the invoice</source>
        <translation>Pidió una copia de la factura</translation>
    </message>
    <message>
        <source>Two crates arrived damaged</source>
        <translation>Dos cajas llegaron dañadas</translation>
    </message>
    <message>
        <source>Says the price was agreed lower</source>
        <translation>Dice que se acordó un precio menor</translation>
    </message>
    <message>
        <source>Part of the order never arrived</source>
        <translation>Parte del pedido nunca llegó</translation>
    </message>
    <message>
        <source>Credited the damaged part</source>
        <translation>Se abonó la parte dañada</translation>
    </message>
    <message>
        <source>Agreed at the counter</source>
        <translation>Acordado en el mostrador</translation>
    </message>
    <message>
        <source>Agreed on the phone</source>
        <translation>Acordado por teléfono</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Moved away, no forwarding address</source>
        <translation>Se mudó sin dejar dirección</translation>
    </message>
    <message>
        <source>Paid in part after a letter found them</source>
        <translation>Pagó una parte después de que una carta lo encontró</translation>
    </message>
    <message>
        <source>Over 90 days late</source>
        <translation>Más de 90 días de retraso</translation>
    </message>
    <message>
        <source>Half by next week, the rest after</source>
        <translation>La mitad la próxima semana, el resto después</translation>
    </message>
    <message>
        <source>The signed order shows the price</source>
        <translation>El pedido firmado muestra el precio</translation>
    </message>
    <message>
        <source>Goodwill while the dispute was settled</source>
        <translation>Cortesía mientras se resolvía la disputa</translation>
    </message>
    <message>
        <source>Nothing more in three months</source>
        <translation>Nada más en tres meses</translation>
    </message>
    <message>
        <source>Not worth a claim</source>
        <translation>No vale la pena una demanda</translation>
    </message>
    <message>
        <source>Paid something when they came back to the shop</source>
        <translation>Pagó algo cuando volvió a la tienda</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Make a new book filled with realistic made-up customers, sales and payments.</source>
        <translation>Crea un libro nuevo con clientes, ventas y pagos inventados pero realistas.</translation>
    </message>
    <message>
        <source>The new book file.</source>
        <translation>El archivo del libro nuevo.</translation>
    </message>
    <message>
        <source>How many customers (default: 200).</source>
        <translation>Cuántos clientes (por omisión: 200).</translation>
    </message>
    <message>
        <source>The random seed; the same seed and day give the same book (default: 1).</source>
        <translation>La semilla aleatoria; la misma semilla y el mismo día dan el mismo libro (por omisión: 1).</translation>
    </message>
    <message>
        <source>The book&apos;s currency, an ISO 4217 code (default: the system locale&apos;s, or USD).</source>
        <translation>La moneda del libro, un código ISO 4217 (por omisión: la de la configuración regional del sistema, o USD).</translation>
    </message>
    <message>
        <source>Spread the dates over the 18 months before this day, YYYY-MM-DD (default: today).</source>
        <translation>Reparte las fechas en los 18 meses anteriores a este día, AAAA-MM-DD (por omisión: hoy).</translation>
    </message>
    <message>
        <source>give one BOOK file.</source>
        <translation>indique un solo archivo BOOK.</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 0 to 1000000.</source>
        <translation>--customers debe ser un número entero de 0 a 1000000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed debe ser un número entero de 0 a 4294967295.</translation>
    </message>
    <message>
        <source>Made the demo book %1 (currency %2): %3 customers, %4 sales, %5 payments, %6 reversals.</source>
        <translation>Se creó el libro de demostración %1 (moneda %2): %3 clientes, %4 ventas, %5 pagos, %6 anulaciones.</translation>
    </message>
    <message>
        <source>--today must be from %1 to %2: the demo&apos;s dates reach 18 months before it and some months after, and a book holds dates from %3 to %4.</source>
        <translation>--today debe estar entre %1 y %2: las fechas de la demostración llegan a 18 meses antes y a algunos meses después, y un libro admite fechas de %3 a %4.</translation>
    </message>
    <message>
        <source>Collections: %1 contacts logged, %2 promises to pay, %3 disputes, %4 worklist tasks done, %5 late fees charged.</source>
        <translation>Cobranza: %1 contactos registrados, %2 promesas de pago, %3 disputas, %4 tareas de la lista hechas, %5 recargos por mora cobrados.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Goods on account</source>
        <translation>Mercancía a crédito</translation>
    </message>
    <message>
        <source>Building materials</source>
        <translation>Materiales de construcción</translation>
    </message>
    <message>
        <source>Groceries on account</source>
        <translation>Comestibles a crédito</translation>
    </message>
    <message>
        <source>Catering order</source>
        <translation>Pedido de catering</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>Repuestos</translation>
    </message>
    <message>
        <source>Monthly supplies</source>
        <translation>Suministros del mes</translation>
    </message>
    <message>
        <source>Repair work</source>
        <translation>Trabajo de reparación</translation>
    </message>
    <message>
        <source>Stationery</source>
        <translation>Papelería</translation>
    </message>
    <message>
        <source>Cleaning products</source>
        <translation>Productos de limpieza</translation>
    </message>
    <message>
        <source>Wholesale order</source>
        <translation>Pedido al por mayor</translation>
    </message>
    <message>
        <source>Cheque bounced</source>
        <translation>Cheque devuelto</translation>
    </message>
    <message>
        <source>Entered twice by mistake</source>
        <translation>Registrado dos veces por error</translation>
    </message>
    <message>
        <source>Goods returned unused</source>
        <translation>Mercancía devuelta sin usar</translation>
    </message>
    <message>
        <source>Sale entered twice by mistake</source>
        <translation>Venta registrada dos veces por error</translation>
    </message>
    <message>
        <source>Order cancelled before delivery</source>
        <translation>Pedido cancelado antes de la entrega</translation>
    </message>
    <message>
        <source>The number of customers must be between 0 and 1000000.</source>
        <translation>El número de clientes debe estar entre 0 y 1000000.</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>Contacto: %1 %2</translation>
    </message>
    <message>
        <source>A regular customer; the owner agreed to go over the limit</source>
        <translation>Un cliente habitual; el dueño aceptó pasar del límite</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>%1  Enter</source>
        <translation>%1  Enter</translation>
    </message>
    <message>
        <source>Cancel  Esc</source>
        <translation>Cancelar  Esc</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <translation>A favor %1</translation>
    </message>
</context>
<context>
    <name>DisputeCommand</name>
    <message>
        <source>Open a dispute about a sale (its ladder pauses), or resolve one.</source>
        <translation>Abrir una disputa sobre una venta (su escalera se pausa), o resolver una.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>open: the sale&apos;s reference; resolve: the dispute&apos;s number.</source>
        <translation>open: la referencia de la venta; resolve: el número de la disputa.</translation>
    </message>
    <message>
        <source>open: why the customer disputes it.</source>
        <translation>open: por qué la disputa el cliente.</translation>
    </message>
    <message>
        <source>open: the part disputed (default: all that is open).</source>
        <translation>open: la parte en disputa (por omisión: todo lo pendiente).</translation>
    </message>
    <message>
        <source>resolve: for the customer (an adjustment takes the conceded amount off the sale) or for the shop (the ladder resumes).</source>
        <translation>resolve: a favor del cliente (un ajuste resta de la venta el importe concedido) o del negocio (la escalera se reanuda).</translation>
    </message>
    <message>
        <source>resolve for the customer: the amount conceded.</source>
        <translation>resolver a favor del cliente: el importe concedido.</translation>
    </message>
    <message>
        <source>resolve: a note to keep with it.</source>
        <translation>resolve: una nota que guardar con ella.</translation>
    </message>
    <message>
        <source>The day it was opened or resolved (default: today).</source>
        <translation>El día en que se abrió o se resolvió (por omisión: hoy).</translation>
    </message>
    <message>
        <source>give open BOOK DEBT, or resolve BOOK ID.</source>
        <translation>indique open BOOK DEBT, o resolve BOOK ID.</translation>
    </message>
    <message>
        <source>--for must be “customer” or “shop”, not “%1”.</source>
        <translation>--for debe ser “customer” o “shop”, no “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a dispute number.</source>
        <translation>“%1” no es un número de disputa.</translation>
    </message>
    <message>
        <source>Opened dispute %1 about %2 on the sale %3; its ladder is paused until it is resolved.</source>
        <translation>Se abrió la disputa %1 por %2 de la venta %3; su escalera queda en pausa hasta que se resuelva.</translation>
    </message>
    <message>
        <source>Resolved dispute %1 for the customer: %2 taken off the sale.</source>
        <translation>Se resolvió la disputa %1 a favor del cliente: se restó %2 de la venta.</translation>
    </message>
    <message>
        <source>Resolved dispute %1 for the shop: the ladder resumes.</source>
        <translation>Se resolvió la disputa %1 a favor del negocio: la escalera se reanuda.</translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>The sale %1 was made on %2; a dispute about it cannot be opened before.</source>
        <translation>La venta %1 se hizo el %2; no se puede abrir una disputa sobre ella antes de esa fecha.</translation>
    </message>
    <message>
        <source>Give the reason for the dispute, in the customer&apos;s words.</source>
        <translation>Indique el motivo de la disputa, con las palabras del cliente.</translation>
    </message>
    <message>
        <source>Nothing is owed on the sale %1, so there is nothing to dispute.</source>
        <translation>No se debe nada de la venta %1, así que no hay nada que disputar.</translation>
    </message>
    <message>
        <source>The disputed amount (%1) is more than is open on the sale %2 (%3).</source>
        <translation>El importe en disputa (%1) es mayor que lo pendiente de la venta %2 (%3).</translation>
    </message>
    <message>
        <source>The sale %1 is already disputed (dispute %2); resolve that one first.</source>
        <translation>La venta %1 ya está en disputa (disputa %2); resuelva esa primero.</translation>
    </message>
    <message>
        <source>Dispute %1 was already resolved on %2.</source>
        <translation>La disputa %1 ya se resolvió el %2.</translation>
    </message>
    <message>
        <source>Dispute %1 was opened on %2; it cannot be resolved before.</source>
        <translation>La disputa %1 se abrió el %2; no se puede resolver antes de esa fecha.</translation>
    </message>
    <message>
        <source>Give the amount conceded to the customer.</source>
        <translation>Indique el importe que se concede al cliente.</translation>
    </message>
    <message>
        <source>The amount conceded (%1) is more than was disputed (%2).</source>
        <translation>El importe concedido (%1) es mayor que el disputado (%2).</translation>
    </message>
    <message>
        <source>The amount conceded (%1) is more than is open on the sale %2 (%3).</source>
        <translation>El importe concedido (%1) es mayor que lo pendiente de la venta %2 (%3).</translation>
    </message>
    <message>
        <source>A dispute resolved for the shop concedes nothing.</source>
        <translation>Una disputa resuelta a favor del negocio no concede nada.</translation>
    </message>
    <message>
        <source>Dispute %1 resolved for the customer: %2</source>
        <translation>Disputa %1 resuelta a favor del cliente: %2</translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Friendly reminder</source>
        <translation>Recordatorio amable</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>Carta de recordatorio</translation>
    </message>
    <message>
        <source>Second reminder</source>
        <translation>Segundo recordatorio</translation>
    </message>
    <message>
        <source>Final demand</source>
        <translation>Último requerimiento</translation>
    </message>
    <message>
        <source>Letter before legal action</source>
        <translation>Carta previa a acciones legales</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>“%1” is not a kind of document: use a short word in lower case, as statement.</source>
        <translation>«%1» no es un tipo de documento: use una palabra corta en minúsculas, como statement.</translation>
    </message>
    <message>
        <source>“%1” is not a way of sending: use a short word in lower case, as email.</source>
        <translation>«%1» no es una forma de envío: use una palabra corta en minúsculas, como email.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256: 64 hexadecimal digits.</source>
        <translation>«%1» no es un SHA-256: 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The file name has at most 255 characters.</source>
        <translation>El nombre del archivo tiene como máximo 255 caracteres.</translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>No existe la carpeta «%1».</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>Pack for agency or court</source>
        <translation>Dosier para agencia o juzgado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>EntryKind</name>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Castigo</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Anulación</translation>
    </message>
</context>
<context>
    <name>EscalationRecords</name>
    <message>
        <source>Letter before action</source>
        <translation>Carta previa a la demanda</translation>
    </message>
    <message>
        <source>Claim filed</source>
        <translation>Demanda presentada</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Claim withdrawn</source>
        <translation>Demanda retirada</translation>
    </message>
    <message>
        <source>“%1” is not a percentage; write it like 12.5.</source>
        <translation>“%1” no es un porcentaje; escríbalo como 12.5.</translation>
    </message>
    <message>
        <source>A commission cannot be more than 100%.</source>
        <translation>Una comisión no puede ser de más del 100%.</translation>
    </message>
</context>
<context>
    <name>FeeRun</name>
    <message>
        <source>Interest on %1, %2 to %3</source>
        <translation>Intereses de %1, del %2 al %3</translation>
    </message>
    <message>
        <source>Late fee on %1</source>
        <translation>Recargo por mora de %1</translation>
    </message>
    <message>
        <source>Late fee on %1, period %2 (%3 to %4)</source>
        <translation>Recargo por mora de %1, periodo %2 (del %3 al %4)</translation>
    </message>
    <message>
        <source>Give a valid date for the fee run.</source>
        <translation>Indique una fecha válida para el cálculo de recargos.</translation>
    </message>
    <message>
        <source>The book changed since the preview: look at the fees again before posting them. Nothing was posted.</source>
        <translation>El libro cambió desde la vista previa: revise los recargos de nuevo antes de contabilizarlos. No se contabilizó nada.</translation>
    </message>
    <message>
        <source>Give a reason for waiving the charge.</source>
        <translation>Indique el motivo para condonar el cargo.</translation>
    </message>
    <message>
        <source>%1 is not a late fee or interest charge.</source>
        <translation>%1 no es un recargo por mora ni un cargo de intereses.</translation>
    </message>
    <message>
        <source>%1 was already waived on %2.</source>
        <translation>%1 ya se condonó el %2.</translation>
    </message>
    <message>
        <source>%1 has no charge to waive.</source>
        <translation>%1 no tiene ningún cargo que condonar.</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>Condonado: %1</translation>
    </message>
</context>
<context>
    <name>FeeTerms</name>
    <message>
        <source>“%1” must be a whole number of days from %2 to %3.</source>
        <translation>“%1” debe ser un número entero de días de %2 a %3.</translation>
    </message>
    <message>
        <source>“%1” must be an amount from 0 to %2.</source>
        <translation>“%1” debe ser un importe de 0 a %2.</translation>
    </message>
    <message>
        <source>“%1” must be a percentage from 0 to 100.</source>
        <translation>“%1” debe ser un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from 0 to %2.</source>
        <translation>“%1” debe ser un número entero de 0 a %2.</translation>
    </message>
    <message>
        <source>Late fees are on but would charge nothing: give “%1”, “%2” or “%3”.</source>
        <translation>Los recargos están activados pero no cobrarían nada: indique “%1”, “%2” o “%3”.</translation>
    </message>
    <message>
        <source>“%1” is %2, but this book keeps its accounts in %3; the fee terms&apos; amounts would be wrong here.</source>
        <translation>“%1” es %2, pero este libro lleva sus cuentas en %3; los importes de las condiciones de recargo serían incorrectos aquí.</translation>
    </message>
    <message>
        <source>“fees” must be a JSON object.</source>
        <translation>“fees” debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>“fees” has an unknown member “%1”.</source>
        <translation>“fees” tiene un miembro desconocido, “%1”.</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1” debe ser true o false.</translation>
    </message>
    <message>
        <source>“%1” must be the ISO code of the currency the amounts are in, such as “USD”.</source>
        <translation>“%1” debe ser el código ISO de la moneda de los importes, como “USD”.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>“%1” debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>“%1” must be an amount in %2 written as text, such as “%3”.</source>
        <translation>“%1” debe ser un importe en %2 escrito como texto, como “%3”.</translation>
    </message>
    <message>
        <source>“%1” must be a percentage from 0 to 100 written as text, with at most two decimals, such as “1.5”.</source>
        <translation>“%1” debe ser un porcentaje de 0 a 100 escrito como texto, con dos decimales como máximo, como “1.5”.</translation>
    </message>
</context>
<context>
    <name>FeesCommand</name>
    <message>
        <source>Show the late fees and interest due as of a date, post them, or waive one.</source>
        <translation>Muestra los recargos por mora e intereses debidos a una fecha, los contabiliza o condona uno.</translation>
    </message>
    <message>
        <source>The book file; “waive BOOK” waives a charge, “terms BOOK CUSTOMER [book|none|FILE]” shows or sets a customer&apos;s own terms.</source>
        <translation>El archivo del libro; “waive BOOK” condona un cargo, “terms BOOK CUSTOMER [book|none|FILE]” muestra o fija las condiciones propias de un cliente.</translation>
    </message>
    <message>
        <source>The date of the run, YYYY-MM-DD (default: today); waive: the day of the waiver.</source>
        <translation>La fecha del cálculo, AAAA-MM-DD (por omisión: hoy); waive: el día de la condonación.</translation>
    </message>
    <message>
        <source>Post the charges (without it, only show them).</source>
        <translation>Contabiliza los cargos (sin esta opción, solo los muestra).</translation>
    </message>
    <message>
        <source>Only the customer with this reference.</source>
        <translation>Solo el cliente con esta referencia.</translation>
    </message>
    <message>
        <source>table (the default), csv (customer_ref,debt_ref,kind,period,period_from,period_to,days_past_due,basis,amount,item_ref,due_date) or json.</source>
        <translation>table (por omisión), csv (customer_ref,debt_ref,kind,period,period_from,period_to,days_past_due,basis,amount,item_ref,due_date) o json.</translation>
    </message>
    <message>
        <source>waive: the fee or interest item&apos;s reference, such as S-00012-F1.</source>
        <translation>waive: la referencia de la partida de recargo o intereses, como S-00012-F1.</translation>
    </message>
    <message>
        <source>waive: why the charge is waived.</source>
        <translation>waive: por qué se condona el cargo.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>intereses</translation>
    </message>
    <message>
        <source>late fee</source>
        <translation>recargo por mora</translation>
    </message>
    <message>
        <source>give one BOOK file (or waive BOOK, or terms BOOK CUSTOMER).</source>
        <translation>indique un solo archivo BOOK (o waive BOOK, o terms BOOK CUSTOMER).</translation>
    </message>
    <message>
        <source>--format must be “table”, “csv” or “json”, not “%1”.</source>
        <translation>--format debe ser “table”, “csv” o “json”, no “%1”.</translation>
    </message>
    <message>
        <source>--%1 goes with “fees waive”.</source>
        <translation>--%1 va con “fees waive”.</translation>
    </message>
    <message>
        <source>there is no customer with the reference “%1”.</source>
        <translation>no hay ningún cliente con la referencia “%1”.</translation>
    </message>
    <message>
        <source>Nothing new was due as of %1; nothing was posted.</source>
        <translation>No había nada nuevo debido al %1; no se contabilizó nada.</translation>
    </message>
    <message>
        <source>Nothing new is due as of %1.</source>
        <translation>No hay nada nuevo debido al %1.</translation>
    </message>
    <message>
        <source>Posted 1 charge of %1 as of %2.</source>
        <translation>Se contabilizó 1 cargo de %1 al %2.</translation>
    </message>
    <message>
        <source>Posted %1 charges, %2 in all, as of %3.</source>
        <translation>Se contabilizaron %1 cargos, %2 en total, al %3.</translation>
    </message>
    <message>
        <source>1 charge of %1 due as of %2; nothing was posted (add --post to post it).</source>
        <translation>1 cargo de %1 debido al %2; no se contabilizó nada (añada --post para contabilizarlo).</translation>
    </message>
    <message>
        <source>%1 charges, %2 in all, due as of %3; nothing was posted (add --post to post them).</source>
        <translation>%1 cargos, %2 en total, debidos al %3; no se contabilizó nada (añada --post para contabilizarlos).</translation>
    </message>
    <message>
        <source>give waive BOOK --fee REF --reason TEXT.</source>
        <translation>indique waive BOOK --fee REF --reason TEXTO.</translation>
    </message>
    <message>
        <source>Waived %1 (%2): entry %3 reverses it.</source>
        <translation>Condonado %1 (%2): el asiento %3 lo anula.</translation>
    </message>
    <message>
        <source>give terms BOOK CUSTOMER [book|none|FILE].</source>
        <translation>indique terms BOOK CUSTOMER [book|none|FILE].</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>no se puede leer “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a file of fee terms.</source>
        <translation>“%1” es demasiado grande para ser un archivo de condiciones de recargo.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (at character %1: %2).</source>
        <translation>el archivo no es JSON válido (en el carácter %1: %2).</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import customers, debts and payments from interchange CSV files.</source>
        <translation>Importa clientes, deudas y pagos desde archivos CSV del formato de intercambio.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The folder with customers.csv, debts.csv and payments.csv (any may be missing).</source>
        <translation>La carpeta con customers.csv, debts.csv y payments.csv (puede faltar cualquiera).</translation>
    </message>
    <message>
        <source>recoup-cli import: give a BOOK file and a DIR folder.</source>
        <translation>recoup-cli import: indique un archivo BOOK y una carpeta DIR.</translation>
    </message>
    <message>
        <source>Imported %1 customers, %2 debts, %3 payments.</source>
        <translation>Se importaron %1 clientes, %2 deudas y %3 pagos.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Make a new, empty book.</source>
        <translation>Crea un libro nuevo y vacío.</translation>
    </message>
    <message>
        <source>The new book file.</source>
        <translation>El archivo del libro nuevo.</translation>
    </message>
    <message>
        <source>The book&apos;s currency, an ISO 4217 code (default: the system locale&apos;s, or USD).</source>
        <translation>La moneda del libro, un código ISO 4217 (por omisión: la de la configuración regional del sistema, o USD).</translation>
    </message>
    <message>
        <source>recoup-cli init: give one BOOK file.</source>
        <translation>recoup-cli init: indique un solo archivo BOOK.</translation>
    </message>
    <message>
        <source>Made the book %1 (currency %2).</source>
        <translation>Se creó el libro %1 (moneda %2).</translation>
    </message>
</context>
<context>
    <name>InterchangeImporter</name>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>reference “%1”: %2</source>
        <translation>referencia “%1”: %2</translation>
    </message>
</context>
<context>
    <name>InterchangeValidator</name>
    <message>
        <source>A link to a file that does not exist (%1).</source>
        <translation>Un enlace a un archivo que no existe (%1).</translation>
    </message>
    <message>
        <source>A folder, not a file: the import reads only ordinary files.</source>
        <translation>Es una carpeta, no un archivo: la importación solo lee archivos normales.</translation>
    </message>
    <message>
        <source>Not an ordinary file (a device, a pipe or a socket): the import reads only ordinary files.</source>
        <translation>No es un archivo normal (es un dispositivo, una tubería o un socket): la importación solo lee archivos normales.</translation>
    </message>
    <message>
        <source>The file is %1 MB; the import reads at most %2 MB at once. Split the data into several folders and import them one after another.</source>
        <translation>El archivo ocupa %1 MB; la importación lee como máximo %2 MB de una vez. Divida los datos en varias carpetas e impórtelas una tras otra.</translation>
    </message>
    <message>
        <source>customers.csv, debts.csv and payments.csv are %1 MB together; the import reads at most %2 MB at once. Split the data into several folders and import them one after another.</source>
        <translation>customers.csv, debts.csv y payments.csv ocupan %1 MB en total; la importación lee como máximo %2 MB de una vez. Divida los datos en varias carpetas e impórtelas una tras otra.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder: give the folder that holds customers.csv, debts.csv or payments.csv.</source>
        <translation>“%1” es un archivo, no una carpeta: indique la carpeta que contiene customers.csv, debts.csv o payments.csv.</translation>
    </message>
    <message>
        <source>“%1” is not a folder but a device, a pipe or another special file: give the folder that holds customers.csv, debts.csv or payments.csv.</source>
        <translation>“%1” no es una carpeta, sino un dispositivo, una tubería u otro archivo especial: indique la carpeta que contiene customers.csv, debts.csv o payments.csv.</translation>
    </message>
    <message>
        <source>A NUL byte (character code 0) in the field: the file is damaged or is not a text file.</source>
        <translation>Hay un byte NUL (código de carácter 0) en el campo: el archivo está dañado o no es un archivo de texto.</translation>
    </message>
    <message>
        <source>Text after the closing quote: a quoted field must end with its quote (write a quote inside it as two quotes, &quot;&quot;).</source>
        <translation>Hay texto después de las comillas de cierre: un campo entre comillas debe terminar con ellas (escriba unas comillas dentro del campo como dos comillas, &quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote inside a field that is not quoted: put the whole field in quotes and write the quote as two quotes (&quot;&quot;).</source>
        <translation>Hay comillas dentro de un campo que no va entre comillas: ponga todo el campo entre comillas y escriba las comillas como dos comillas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A line ends with a carriage return (CR) alone: lines must end with LF or CRLF. Save the file with Windows (CRLF) or Unix (LF) line ends; the rest of the file was not read.</source>
        <translation>Una línea termina solo con un retorno de carro (CR): las líneas deben terminar con LF o CRLF. Guarde el archivo con finales de línea de Windows (CRLF) o de Unix (LF); el resto del archivo no se leyó.</translation>
    </message>
    <message>
        <source>Longer than %1 characters (%2).</source>
        <translation>Tiene más de %1 caracteres (%2).</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Se necesita un valor.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is not a date that exists.</source>
        <translation>%1 no es una fecha que exista.</translation>
    </message>
    <message>
        <source>“%1” appears twice in this file (first on line %2).</source>
        <translation>“%1” aparece dos veces en este archivo (la primera en la línea %2).</translation>
    </message>
    <message>
        <source>“%1” is already in the book.</source>
        <translation>“%1” ya está en el libro.</translation>
    </message>
    <message>
        <source>The books are closed through %1; nothing can be entered on %2.</source>
        <translation>Los libros están cerrados hasta el %1; no se puede registrar nada el %2.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>An empty line between records.</source>
        <translation>Una línea vacía entre registros.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (first found in this record).</source>
        <translation>El archivo no es UTF-8 válido (detectado por primera vez en este registro).</translation>
    </message>
    <message>
        <source>A quoted field is never closed (unterminated quote).</source>
        <translation>Un campo entre comillas nunca se cierra (comillas sin cerrar).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line naming its columns.</source>
        <translation>El archivo está vacío: necesita una línea de encabezado con los nombres de sus columnas.</translation>
    </message>
    <message>
        <source>A column has no name.</source>
        <translation>Una columna no tiene nombre.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; the columns are %2.</source>
        <translation>Columna desconocida “%1”; las columnas son %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>La columna “%1” aparece dos veces.</translation>
    </message>
    <message>
        <source>The required column “%1” is missing.</source>
        <translation>Falta la columna obligatoria “%1”.</translation>
    </message>
    <message>
        <source>The file needs one of the columns %1.</source>
        <translation>El archivo necesita una de las columnas %1.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 campos donde el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: it needs one @ with text on each side.</source>
        <translation>“%1” no es una dirección de correo electrónico: necesita una @ con texto a cada lado.</translation>
    </message>
    <message>
        <source>No customer “%1” in customers.csv or in the book.</source>
        <translation>No hay ningún cliente “%1” en customers.csv ni en el libro.</translation>
    </message>
    <message>
        <source>Give either due_date or terms_days, not both.</source>
        <translation>Indique due_date o terms_days, no ambos.</translation>
    </message>
    <message>
        <source>Give a due_date or terms_days.</source>
        <translation>Indique due_date o terms_days.</translation>
    </message>
    <message>
        <source>The due date %1 is before the issue date %2.</source>
        <translation>El vencimiento %1 es anterior a la fecha de emisión %2.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of days.</source>
        <translation>“%1” no es un número entero de días.</translation>
    </message>
    <message>
        <source>“%1” is already the ref of a debt in debts.csv (line %2).</source>
        <translation>“%1” ya es la referencia de una deuda en debts.csv (línea %2).</translation>
    </message>
    <message>
        <source>“%1” is not a payment method; use cash, card, bank_transfer, cheque or mobile_money.</source>
        <translation>“%1” no es un medio de pago; use cash, card, bank_transfer, cheque o mobile_money.</translation>
    </message>
    <message>
        <source>No debt “%1” in debts.csv or in the book.</source>
        <translation>No hay ninguna deuda “%1” en debts.csv ni en el libro.</translation>
    </message>
    <message>
        <source>The debt “%1” is customer “%2”&apos;s, not “%3”&apos;s.</source>
        <translation>La deuda “%1” es del cliente “%2”, no de “%3”.</translation>
    </message>
    <message>
        <source>The debt “%1” was issued on %2, after the payment&apos;s date %3.</source>
        <translation>La deuda “%1” se emitió el %2, después de la fecha del pago, %3.</translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>No existe la carpeta “%1”.</translation>
    </message>
    <message>
        <source>warning: not a file of the interchange format (customers.csv, debts.csv, payments.csv); it was not read.</source>
        <translation>aviso: no es un archivo del formato de intercambio (customers.csv, debts.csv, payments.csv); no se leyó.</translation>
    </message>
    <message>
        <source>No customers.csv, debts.csv or payments.csv in the folder “%1”.</source>
        <translation>No hay customers.csv, debts.csv ni payments.csv en la carpeta “%1”.</translation>
    </message>
    <message>
        <source>Terms must be 0 to %1 days, not %2.</source>
        <translation>El plazo debe ser de 0 a %1 días, no %2.</translation>
    </message>
</context>
<context>
    <name>LedgerReader</name>
    <message>
        <source>That customer does not exist.</source>
        <translation>Ese cliente no existe.</translation>
    </message>
    <message>
        <source>That sale does not exist.</source>
        <translation>Esa venta no existe.</translation>
    </message>
    <message>
        <source>That entry does not exist.</source>
        <translation>Ese asiento no existe.</translation>
    </message>
</context>
<context>
    <name>LedgerVerifier</name>
    <message>
        <source>The book cannot be read: %1</source>
        <translation>No se puede leer el libro: %1</translation>
    </message>
    <message>
        <source>entry %1: its balance change %2 is not its open change %3 less its credit change %4</source>
        <translation>asiento %1: su cambio de saldo %2 no es su cambio pendiente %3 menos su cambio de saldo a favor %4</translation>
    </message>
    <message>
        <source>entry %1: does not fit its sale %2 (another customer, or dated before the sale)</source>
        <translation>asiento %1: no corresponde a su venta %2 (otro cliente, o fechado antes de la venta)</translation>
    </message>
    <message>
        <source>customer %1: the stored balance %2 is not the sum of its entries, %3</source>
        <translation>cliente %1: el saldo guardado %2 no es la suma de sus asientos, %3</translation>
    </message>
    <message>
        <source>customer %1: the stored credit %2 is not the sum of its entries, %3</source>
        <translation>cliente %1: el saldo a favor guardado %2 no es la suma de sus asientos, %3</translation>
    </message>
    <message>
        <source>customer %1: the stored last payment date “%2” is not that of its last payment, “%3”</source>
        <translation>cliente %1: la fecha del último pago guardada “%2” no es la de su último pago, “%3”</translation>
    </message>
    <message>
        <source>customer %1: applied more credit than was paid, from %2</source>
        <translation>cliente %1: se aplicó más saldo a favor del que se pagó, desde el %2</translation>
    </message>
    <message>
        <source>sale %1: the stored open amount %2 is not the sum of its entries, %3</source>
        <translation>venta %1: el importe pendiente guardado %2 no es la suma de sus asientos, %3</translation>
    </message>
    <message>
        <source>sale %1: its amount %2 is not what was charged, %3</source>
        <translation>venta %1: su importe %2 no es lo que se cargó, %3</translation>
    </message>
    <message>
        <source>sale %1: open below zero from %2</source>
        <translation>venta %1: pendiente por debajo de cero desde el %2</translation>
    </message>
    <message>
        <source>payment %1 %2: more than its amount %3 was allocated, from %4</source>
        <translation>pago %1 %2: se repartió más que su importe %3, desde el %4</translation>
    </message>
    <message>
        <source>entry %1: an allocation that does not belong to a payment of the same customer</source>
        <translation>asiento %1: una aplicación que no pertenece a un pago del mismo cliente</translation>
    </message>
    <message>
        <source>the entries add up to more than %1, the most one book can hold: some of its totals may be wrong</source>
        <translation>los asientos suman más de %1, lo máximo que puede contener un libro: algunos de sus totales pueden ser erróneos</translation>
    </message>
    <message>
        <source>the stored book total %1 is not the sum of the entries&apos; amounts, %2</source>
        <translation>el total del libro guardado, %1, no es la suma de los importes de los asientos, %2</translation>
    </message>
</context>
<context>
    <name>LegalCommand</name>
    <message>
        <source>Record a legal step on a sale (its ladder pauses until the claim is withdrawn).</source>
        <translation>Registrar un paso judicial sobre una venta (su escalera se pausa hasta que se retire la demanda).</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The sale&apos;s reference.</source>
        <translation>La referencia de la venta.</translation>
    </message>
    <message>
        <source>The step taken.</source>
        <translation>El paso dado.</translation>
    </message>
    <message>
        <source>The court&apos;s or solicitor&apos;s reference.</source>
        <translation>La referencia del juzgado o del abogado.</translation>
    </message>
    <message>
        <source>What the step cost the business (a collection cost).</source>
        <translation>Lo que le costó el paso al negocio (un gasto de cobro).</translation>
    </message>
    <message>
        <source>A note to keep with it.</source>
        <translation>Una nota que guardar con ella.</translation>
    </message>
    <message>
        <source>The day of the step (default: today).</source>
        <translation>El día del paso (por omisión: hoy).</translation>
    </message>
    <message>
        <source>give BOOK DEBT --step STEP.</source>
        <translation>indique BOOK DEBT --step STEP.</translation>
    </message>
    <message>
        <source>--step must be letter_before_action, claim_filed, judgment, enforcement or withdrawn, not “%1”.</source>
        <translation>--step debe ser letter_before_action, claim_filed, judgment, enforcement o withdrawn, no “%1”.</translation>
    </message>
    <message>
        <source>Recorded on the sale %1: %2; its ladder resumes.</source>
        <translation>Registrado en la venta %1: %2; su escalera se reanuda.</translation>
    </message>
    <message>
        <source>Recorded on the sale %1: %2; its ladder is paused.</source>
        <translation>Registrado en la venta %1: %2; su escalera queda en pausa.</translation>
    </message>
</context>
<context>
    <name>LegalDialog</name>
    <message>
        <source>Legal step</source>
        <translation>Paso judicial</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Pa&amp;so</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>R&amp;eferencia</translation>
    </message>
    <message>
        <source>The court&apos;s or solicitor&apos;s reference</source>
        <translation>La referencia del juzgado o del abogado</translation>
    </message>
    <message>
        <source>F&amp;ee</source>
        <translation>C&amp;oste</translation>
    </message>
    <message>
        <source>What the step cost (optional)</source>
        <translation>Lo que costó el paso (opcional)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
</context>
<context>
    <name>LegalService</name>
    <message>
        <source>The sale %1 was made on %2; no legal step about it can be dated before.</source>
        <translation>La venta %1 se hizo el %2; ningún paso judicial sobre ella puede tener una fecha anterior.</translation>
    </message>
    <message>
        <source>A legal step&apos;s fee cannot be below zero.</source>
        <translation>El coste de un paso judicial no puede ser negativo.</translation>
    </message>
    <message>
        <source>The last legal step on the sale %1 is dated %2; record the next one on that day or later.</source>
        <translation>El último paso judicial de la venta %1 es del %2; registre el siguiente ese día o después.</translation>
    </message>
    <message>
        <source>The sale %1 is not in legal action; there is no claim to withdraw.</source>
        <translation>La venta %1 no está en vía judicial; no hay demanda que retirar.</translation>
    </message>
    <message>
        <source>Nothing is owed on the sale %1, so there is nothing to take to court.</source>
        <translation>No se debe nada de la venta %1, así que no hay nada que llevar a juicio.</translation>
    </message>
</context>
<context>
    <name>LetterCommand</name>
    <message>
        <source>Write a letter about what a customer owes (a reminder to a final demand) as a PDF.</source>
        <translation>Escribe en PDF una carta sobre lo que debe un cliente (de un recordatorio a un último requerimiento).</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The customer&apos;s reference.</source>
        <translation>La referencia del cliente.</translation>
    </message>
    <message>
        <source>friendly, reminder, second-reminder, final-demand or before-action.</source>
        <translation>friendly, reminder, second-reminder, final-demand o before-action.</translation>
    </message>
    <message>
        <source>The letter&apos;s date, YYYY-MM-DD (default: today).</source>
        <translation>La fecha de la carta, AAAA-MM-DD (por omisión: hoy).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribe.</translation>
    </message>
    <message>
        <source>give BOOK CUSTOMER --tone TONE --out FILE.</source>
        <translation>indique LIBRO CLIENTE --tone TONO --out ARCHIVO.</translation>
    </message>
    <message>
        <source>--tone must be friendly, reminder, second-reminder, final-demand or before-action, not “%1”.</source>
        <translation>--tone debe ser friendly, reminder, second-reminder, final-demand o before-action, no «%1».</translation>
    </message>
    <message>
        <source>%1 owes nothing on %2: there is nothing to write about.</source>
        <translation>%1 no debe nada el %2: no hay nada sobre lo que escribir.</translation>
    </message>
    <message>
        <source>Letter “%1” to %2 written to %3.</source>
        <translation>Carta «%1» para %2 escrita en %3.</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>contact us</source>
        <translation>póngase en contacto con nosotros</translation>
    </message>
    <message>
        <source>call us on %1</source>
        <translation>llámenos al %1</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Estimado/a %1:</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>Atentamente,</translation>
    </message>
    <message>
        <source>A friendly reminder of your next payment</source>
        <translation>Un recordatorio amable de su próximo pago</translation>
    </message>
    <message>
        <source>This is a friendly reminder that %1 on your account falls due on %2. The items are listed below.</source>
        <translation>Le recordamos amablemente que %1 de su cuenta vence el %2. Las partidas figuran a continuación.</translation>
    </message>
    <message>
        <source>If you have already paid, thank you, and please disregard this letter.</source>
        <translation>Si ya ha pagado, gracias, y no tenga en cuenta esta carta.</translation>
    </message>
    <message>
        <source>Payment reminder: %1 past due</source>
        <translation>Recordatorio de pago: %1 vencido</translation>
    </message>
    <message>
        <source>Our records show that %1 on your account is past due. We would be grateful if you would pay it within the next 7 days.</source>
        <translation>Según nuestros registros, %1 de su cuenta está vencido. Le agradeceríamos que lo pagara en los próximos 7 días.</translation>
    </message>
    <message>
        <source>If you have paid in the last few days, thank you; please ignore this letter. If there is a problem with any item, please %1 so that we can put it right.</source>
        <translation>Si ha pagado en los últimos días, gracias; no tenga en cuenta esta carta. Si hay algún problema con alguna partida, %1 para que podamos solucionarlo.</translation>
    </message>
    <message>
        <source>Second reminder: %1 overdue</source>
        <translation>Segundo recordatorio: %1 vencido</translation>
    </message>
    <message>
        <source>Despite our earlier reminder, %1 on your account remains unpaid; the oldest item is now %2 days overdue.</source>
        <translation>A pesar de nuestro recordatorio anterior, %1 de su cuenta sigue sin pagarse; la partida más antigua lleva ya %2 días vencida.</translation>
    </message>
    <message>
        <source>Please pay the amount overdue within 7 days of this letter. If you cannot pay it all at once, please %1 to agree a payment plan.</source>
        <translation>Le rogamos que pague el importe vencido en los 7 días siguientes a esta carta. Si no puede pagarlo todo de una vez, %1 para acordar un plan de pagos.</translation>
    </message>
    <message>
        <source>Final demand for payment: %1</source>
        <translation>Último requerimiento de pago: %1</translation>
    </message>
    <message>
        <source>We have written to you about the overdue balance on your account, and it remains unpaid. The full amount now due is %1.</source>
        <translation>Le hemos escrito por el saldo vencido de su cuenta, que sigue sin pagarse. El importe total que se adeuda ahora es %1.</translation>
    </message>
    <message>
        <source>Unless it is paid by %1, we will stop further credit on your account and may pass the debt to a collection agency, which can add its costs to what you owe.</source>
        <translation>Si no se paga antes del %1, suspenderemos el crédito de su cuenta y podremos pasar la deuda a una agencia de cobros, que puede añadir sus costes a lo que usted debe.</translation>
    </message>
    <message>
        <source>If you dispute any item, or want to agree a payment plan, please %1 before that date.</source>
        <translation>Si no está conforme con alguna partida o desea acordar un plan de pagos, %1 antes de esa fecha.</translation>
    </message>
    <message>
        <source>Letter before legal action: %1</source>
        <translation>Carta previa a acciones legales: %1</translation>
    </message>
    <message>
        <source>We write about the balance of %1 that remains unpaid on your account despite our earlier letters. The items are listed below.</source>
        <translation>Le escribimos por el saldo de %1 que sigue sin pagarse en su cuenta a pesar de nuestras cartas anteriores. Las partidas figuran a continuación.</translation>
    </message>
    <message>
        <source>Unless we receive payment in full, or a proposal to pay that we can accept, by %1, we intend to start court proceedings to recover the debt without further notice. Court proceedings may add interest and costs to what you owe.</source>
        <translation>Si antes del %1 no recibimos el pago completo, o una propuesta de pago que podamos aceptar, iniciaremos acciones judiciales para recuperar la deuda sin más aviso. Un procedimiento judicial puede añadir intereses y costas a lo que usted debe.</translation>
    </message>
    <message>
        <source>If you dispute the debt, tell us in writing before that date, with your reasons. We would much prefer to settle this without going to court.</source>
        <translation>Si no está conforme con la deuda, comuníquenoslo por escrito antes de esa fecha, con sus motivos. Preferiríamos con mucho resolver esto sin acudir a los tribunales.</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Total adeudado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Your unapplied credit of %1 has been taken off the amount due.</source>
        <translation>Su saldo a favor de %1 se ha descontado del importe adeudado.</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Cómo pagar</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Cliente n.º %1</translation>
    </message>
    <message>
        <source>Our reference %1</source>
        <translation>Nuestra referencia %1</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe adeudado</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>Tax number %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>Banco: %1</translation>
    </message>
    <message>
        <source>IBAN: %1</source>
        <translation>IBAN: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>BIC: %1</source>
        <translation>BIC: %1</translation>
    </message>
    <message>
        <source>Please quote %1 with your payment.</source>
        <translation>Indique %1 al hacer su pago.</translation>
    </message>
    <message>
        <source>Pay online: %1</source>
        <translation>Pague en línea: %1</translation>
    </message>
</context>
<context>
    <name>LimitsCommand</name>
    <message>
        <source>Show or set the limits on contacting customers (calls in a number of days, hours of the day).</source>
        <translation>Muestra o fija los límites para contactar a los clientes (llamadas en un número de días, horas del día).</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>At most this many call attempts about one debt...</source>
        <translation>Como máximo este número de intentos de llamada sobre una deuda...</translation>
    </message>
    <message>
        <source>...in this many days.</source>
        <translation>...en este número de días.</translation>
    </message>
    <message>
        <source>The hours customers may be contacted, as 08:00-21:00.</source>
        <translation>Las horas en que se puede contactar a los clientes, como 08:00-21:00.</translation>
    </message>
    <message>
        <source>give a BOOK file.</source>
        <translation>indique un archivo LIBRO.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not “%2”.</source>
        <translation>--%1 debe ser un número entero, no «%2».</translation>
    </message>
    <message>
        <source>--hours must be two times HH:MM joined by &apos;-&apos;, as 08:00-21:00, not “%1”.</source>
        <translation>--hours deben ser dos horas HH:MM unidas por &apos;-&apos;, como 08:00-21:00, no «%1».</translation>
    </message>
    <message>
        <source>At most %1 call attempts in %2 days about one debt; contact between %3 and %4.</source>
        <translation>Como máximo %1 intentos de llamada en %2 días sobre una deuda; contacto entre las %3 y las %4.</translation>
    </message>
</context>
<context>
    <name>MailTransport</name>
    <message>
        <source>The book has no mail server yet: set it up in the window, Settings &gt; E-mail.</source>
        <translation>El libro aún no tiene servidor de correo: configúrelo en la ventana, Configuración &gt; Correo electrónico.</translation>
    </message>
    <message>
        <source>There is no password for %1 on %2: save it in the window (Settings &gt; E-mail), or give it in the variable RECOUP_SMTP_PASSWORD.</source>
        <translation>No hay contraseña para %1 en %2: guárdela en la ventana (Configuración &gt; Correo electrónico) o indíquela en la variable RECOUP_SMTP_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1” no es un importe.</translation>
    </message>
    <message>
        <source>%1 has no decimals: enter a whole amount.</source>
        <translation>%1 no tiene decimales: introduzca un importe entero.</translation>
    </message>
    <message>
        <source>More decimals than %1 has (%2).</source>
        <translation>Más decimales de los que tiene %1 (%2).</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation>Se necesita un importe.</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>unsure: interrupted while sending</source>
        <translation>dudoso: interrumpido durante el envío</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address to send from.</source>
        <translation>“%1” no es una dirección de correo electrónico desde la que enviar.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>El mensaje no tiene destinatario.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>No hay ningún mensaje %1 en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Message %1 is %2: it cannot be %3.</source>
        <translation>El mensaje %1 está %2: no puede pasar a %3.</translation>
    </message>
    <message>
        <source>The transfer was interrupted: the server may have the message. Look for it in the sent folder; retry it only if it is not there.</source>
        <translation>El envío se interrumpió: puede que el servidor tenga el mensaje. Búsquelo en la carpeta de enviados; vuelva a intentarlo solo si no está allí.</translation>
    </message>
    <message>
        <source>E-mail sent to %1: “%2” (Message-ID &lt;%3&gt;)</source>
        <translation>Correo electrónico enviado a %1: “%2” (Message-ID &lt;%3&gt;)</translation>
    </message>
    <message>
        <source>Message %1 to %2: %3</source>
        <translation>Mensaje %1 a %2: %3</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>List the e-mails of the book and where each stands; retry, resend or cancel them.</source>
        <translation>Listar los correos electrónicos del libro y en qué estado está cada uno; reintentarlos, reenviarlos o cancelarlos.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>Send now the messages queued or failed.</source>
        <translation>Enviar ahora los mensajes en cola o fallidos.</translation>
    </message>
    <message>
        <source>Send again a message that failed or is unsure (check first that it did not arrive).</source>
        <translation>Enviar de nuevo un mensaje fallido o dudoso (compruebe antes que no llegó).</translation>
    </message>
    <message>
        <source>Do not send this message.</source>
        <translation>No enviar este mensaje.</translation>
    </message>
    <message>
        <source>give a BOOK file.</source>
        <translation>indique un archivo LIBRO.</translation>
    </message>
    <message>
        <source>--%1 needs a message number from the list, not “%2”.</source>
        <translation>--%1 necesita un número de mensaje de la lista, no “%2”.</translation>
    </message>
    <message>
        <source>message %1 was not sent: %2</source>
        <translation>el mensaje %1 no se envió: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n mensaje enviado.</numerusform>
            <numerusform>%n mensajes enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message>
        <source>attempt %1: %2</source>
        <translation>intento %1: %2</translation>
    </message>
    <message>
        <source>next attempt after %1</source>
        <translation>próximo intento después de %1</translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Make the pack for a collection agency or a court: one PDF and the same as CSV files.</source>
        <translation>Preparar el dosier para una agencia de cobro o un juzgado: un PDF y lo mismo en archivos CSV.</translation>
    </message>
    <message>
        <source>The pack for a collection agency or a court about a customer (or one of its sales): the statement of open items, the contact log, promises, disputes, payment plans, escalation steps, the papers sent with their SHA-256 and the audit records about the customer with the chain&apos;s head, as one PDF and, in a folder beside it, one CSV file per section. The PDF is recorded in the register of what was sent.</source>
        <translation>El dosier para una agencia de cobro o un juzgado sobre un cliente (o una de sus ventas): el extracto de partidas abiertas, el registro de contactos, las promesas, las disputas, los planes de pago, los pasos de escalado, los documentos enviados con su SHA-256 y los registros de auditoría del cliente con la cabeza de la cadena, en un PDF y, en una carpeta a su lado, un archivo CSV por sección. El PDF queda en el registro de lo enviado.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The customer&apos;s reference.</source>
        <translation>La referencia del cliente.</translation>
    </message>
    <message>
        <source>Only this sale of the customer (its reference).</source>
        <translation>Solo esta venta del cliente (su referencia).</translation>
    </message>
    <message>
        <source>The pack&apos;s date, YYYY-MM-DD (default: today).</source>
        <translation>La fecha del dosier, AAAA-MM-DD (por omisión: hoy).</translation>
    </message>
    <message>
        <source>The folder to write the PDF and the CSV folder into.</source>
        <translation>La carpeta donde escribir el PDF y la carpeta de CSV.</translation>
    </message>
    <message>
        <source>give BOOK CUSTOMER --out DIR.</source>
        <translation>indique LIBRO CLIENTE --out CARPETA.</translation>
    </message>
    <message>
        <source>Pack for %1 written to %2, with its CSV files in %3.</source>
        <translation>Dosier de %1 escrito en %2, con sus archivos CSV en %3.</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF (recorded in the register): %1</source>
        <translation>SHA-256 del PDF (anotado en el registro): %1</translation>
    </message>
</context>
<context>
    <name>PackDocument</name>
    <message>
        <source>Account pack %1 as of %2</source>
        <translation>Dosier de la cuenta %1 al %2</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Aún no vence</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplida</translation>
    </message>
    <message>
        <source>Credit stopped</source>
        <translation>Crédito suspendido</translation>
    </message>
    <message>
        <source>Credit resumed</source>
        <translation>Crédito reanudado</translation>
    </message>
    <message>
        <source>Sale allowed over a credit stop</source>
        <translation>Venta permitida pese a la suspensión del crédito</translation>
    </message>
    <message>
        <source>Sale allowed over the credit limit</source>
        <translation>Venta permitida por encima del límite de crédito</translation>
    </message>
    <message>
        <source>Referred to a collection agency</source>
        <translation>Enviada a una agencia de cobro</translation>
    </message>
    <message>
        <source>Collected by the agency</source>
        <translation>Cobrado por la agencia</translation>
    </message>
    <message>
        <source>Recalled from the agency</source>
        <translation>Retirada de la agencia</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (customer no. %2)</source>
        <translation>%1 (cliente n.º %2)</translation>
    </message>
    <message>
        <source>%1 (customer no. %2), on sale %3,</source>
        <translation>%1 (cliente n.º %2), por la venta %3,</translation>
    </message>
    <message>
        <source>%1 owes nothing on %2.</source>
        <translation>%1 no debe nada el %2.</translation>
    </message>
    <message>
        <source>%1 owes %2 on %3, of which %4 is past due; the oldest unpaid item is %5 days past its due date.</source>
        <translation>%1 debe %2 el %3, de los que %4 están vencidos; la partida impagada más antigua lleva %5 días vencida.</translation>
    </message>
    <message>
        <source>%1 owes %2 on %3, none of it past due yet.</source>
        <translation>%1 debe %2 el %3, nada de ello vencido todavía.</translation>
    </message>
    <message>
        <source>No call, visit, letter or message is logged.</source>
        <translation>No consta ninguna llamada, visita, carta ni mensaje.</translation>
    </message>
    <message>
        <source>Contacts logged from %1 to %2: %3; the last, by %4, ended “%5”.</source>
        <translation>Contactos registrados del %1 al %2: %3; el último, por %4, terminó en «%5».</translation>
    </message>
    <message>
        <source>Promises to pay: %1 (kept %2, broken %3, not yet due %4).</source>
        <translation>Promesas de pago: %1 (cumplidas %2, incumplidas %3, aún sin vencer %4).</translation>
    </message>
    <message>
        <source>Disputes raised: %1, of which %2 still open.</source>
        <translation>Disputas planteadas: %1, de las que %2 siguen abiertas.</translation>
    </message>
    <message>
        <source>No dispute has been raised.</source>
        <translation>No se ha planteado ninguna disputa.</translation>
    </message>
    <message>
        <source>Payment plans agreed: %1, of which %2 broken.</source>
        <translation>Planes de pago acordados: %1, de los que %2 incumplidos.</translation>
    </message>
    <message>
        <source>Latest step: %1 on %2.</source>
        <translation>Último paso: %1 el %2.</translation>
    </message>
    <message>
        <source>Papers and messages sent and recorded: %1, the last on %2.</source>
        <translation>Documentos y mensajes enviados y registrados: %1, el último el %2.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>None recorded up to %1.</source>
        <translation>Nada registrado hasta el %1.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Cliente n.º %1</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Venta %1</translation>
    </message>
    <message>
        <source>ACCOUNT PACK</source>
        <translation>DOSIER</translation>
    </message>
    <message>
        <source>For a collection agency or court</source>
        <translation>Para una agencia de cobro o un juzgado</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>THE CUSTOMER</source>
        <translation>EL CLIENTE</translation>
    </message>
    <message>
        <source>OWED ON %1</source>
        <translation>ADEUDADO EL %1</translation>
    </message>
    <message>
        <source>of which past due: %1 %2</source>
        <translation>de lo cual vencido: %1 %2</translation>
    </message>
    <message>
        <source>oldest item %1 days past due</source>
        <translation>partida más antigua vencida hace %1 días</translation>
    </message>
    <message>
        <source>The account in a few words</source>
        <translation>La cuenta en pocas palabras</translation>
    </message>
    <message>
        <source>Statement of open items</source>
        <translation>Extracto de partidas abiertas</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promesas de pago</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Planes de pago</translation>
    </message>
    <message>
        <source>Escalation: credit stops, agency, legal</source>
        <translation>Escalado: suspensión de crédito, agencia, vía judicial</translation>
    </message>
    <message>
        <source>Papers and messages sent</source>
        <translation>Documentos y mensajes enviados</translation>
    </message>
    <message>
        <source>Extract of the audit chain</source>
        <translation>Extracto de la cadena de auditoría</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>This pack was made from the book on %1 by %2. The book&apos;s audit chain then ended at record %3. Anyone holding the book can check that every record listed here is still in it, unchanged, with:</source>
        <translation>Este dosier se preparó a partir del libro el %1 por %2. La cadena de auditoría del libro terminaba entonces en el registro %3. Quien tenga el libro puede comprobar que cada registro aquí listado sigue en él, sin cambios, con:</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>Audit chain head: %1</source>
        <translation>Cabeza de la cadena de auditoría: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The head&apos;s record&apos;s whole SHA-256:</source>
        <translation>El SHA-256 completo del registro de la cabeza:</translation>
    </message>
    <message>
        <source>Statement of open items on %1</source>
        <translation>Extracto de partidas abiertas al %1</translation>
    </message>
    <message>
        <source>No items are open on %1.</source>
        <translation>No hay partidas abiertas el %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días vencida</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>credit not yet applied: %1</source>
        <translation>crédito aún sin aplicar: %1</translation>
    </message>
    <message>
        <source>How old the balance is:</source>
        <translation>Antigüedad del saldo:</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Seguimiento el %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para el</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Paid towards it</source>
        <translation>Pagado a cuenta</translation>
    </message>
    <message>
        <source>Kept?</source>
        <translation>¿Cumplida?</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Resolved on %1 for the customer: %2 taken off</source>
        <translation>Resuelta el %1 a favor del cliente: se descontaron %2</translation>
    </message>
    <message>
        <source>Resolved on %1 for the business</source>
        <translation>Resuelta el %1 a favor del negocio</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta el</translation>
    </message>
    <message>
        <source>What the customer says</source>
        <translation>Lo que dice el cliente</translation>
    </message>
    <message>
        <source>%1 on %2 (missed %3)</source>
        <translation>%1 el %2 (impagado %3)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún pendiente</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>ref. %1</translation>
    </message>
    <message>
        <source>amount %1</source>
        <translation>importe %1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coste %1</translation>
    </message>
    <message>
        <source>whole account</source>
        <translation>toda la cuenta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Each paper&apos;s SHA-256 is that of the file as it was sent; `recoup-cli register BOOK --verify FOLDER` finds which files of a folder are these.</source>
        <translation>El SHA-256 de cada documento es el del archivo tal como se envió; `recoup-cli register LIBRO --verify CARPETA` indica qué archivos de una carpeta son estos.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Every change to the book appends a record whose hash is the SHA-256 of the record before it followed by its own contents, so no record can be changed, removed or slipped in without breaking every hash after it. These are the records about this account, up to record %1 (the head on the cover). Under each hash, in grey, is the hash of the record just before it in the whole book&apos;s chain, which also holds the records of other customers and of the book.</source>
        <translation>Cada cambio en el libro añade un registro cuyo hash es el SHA-256 del registro anterior seguido de su propio contenido, de modo que ningún registro puede cambiarse, quitarse ni intercalarse sin romper todos los hashes posteriores. Estos son los registros sobre esta cuenta, hasta el registro %1 (la cabeza de la portada). Bajo cada hash, en gris, va el hash del registro inmediatamente anterior en la cadena de todo el libro, que también contiene los registros de otros clientes y del propio libro.</translation>
    </message>
    <message>
        <source>(the first record)</source>
        <translation>(el primer registro)</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 n.º %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Registrado (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Hash, and the previous record&apos;s</source>
        <translation>Hash, y el del registro anterior</translation>
    </message>
    <message>
        <source>%1 · Account pack %2 · as of %3</source>
        <translation>%1 · Dosier de la cuenta %2 · al %3</translation>
    </message>
    <message>
        <source>One contact is logged, on %1, by %2; it ended “%3”.</source>
        <translation>Consta un contacto, el %1, por %2; terminó en «%3».</translation>
    </message>
</context>
<context>
    <name>PackWriter</name>
    <message>
        <source>Choose a folder for the pack.</source>
        <translation>Elija una carpeta para el dosier.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder: choose a folder for the pack.</source>
        <translation>«%1» es un archivo, no una carpeta: elija una carpeta para el dosier.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made: choose one you can write to.</source>
        <translation>No se puede crear la carpeta «%1»: elija una en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot write into the folder “%1”: choose one you can write to.</source>
        <translation>No se puede escribir en la carpeta «%1»: elija una en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot replace the folder “%1”: is a file in it open?</source>
        <translation>No se puede sustituir la carpeta «%1»: ¿hay algún archivo abierto en ella?</translation>
    </message>
    <message>
        <source>Cannot write the folder “%1”.</source>
        <translation>No se puede escribir la carpeta «%1».</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PaperPreview</name>
    <message>
        <source>Preview — %1</source>
        <translation>Vista previa — %1</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Letter sheet</source>
        <translation>Hoja carta</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Hoja A4</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>Rollo de 80 mm</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The format of a date written out on a paper (QDate format: d day, MMMM month name, yyyy year).</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Audit chain head %1</source>
        <extracomment>At the foot of a paper; %1 is the audit chain&apos;s head as `recoup-cli verify --head` takes it.</extracomment>
        <translation>Cabeza de la cadena de auditoría %1</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <source>There is no keychain on this desktop (%1), so the password was not kept. Tick “keep it in a file without encryption” (Settings &gt; E-mail) to keep it in %2, readable by you alone; or give it to recoup-cli in the variable RECOUP_SMTP_PASSWORD.</source>
        <translation>Este escritorio no tiene llavero (%1), así que la contraseña no se guardó. Marque “guardarla en un archivo sin cifrar” (Configuración &gt; Correo electrónico) para guardarla en %2, legible solo por usted; o indíquela a recoup-cli en la variable RECOUP_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The password could not be kept in %1.</source>
        <translation>No se pudo guardar la contraseña en %1.</translation>
    </message>
    <message>
        <source>in the desktop&apos;s keychain</source>
        <translation>en el llavero del escritorio</translation>
    </message>
    <message>
        <source>in a file without encryption (%1)</source>
        <translation>en un archivo sin cifrar (%1)</translation>
    </message>
    <message>
        <source>from the variable RECOUP_SMTP_PASSWORD</source>
        <translation>de la variable RECOUP_SMTP_PASSWORD</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>en ningún sitio todavía</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Medio de pago</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>Bank, card or cheque reference (optional)</source>
        <translation>Referencia del banco, la tarjeta o el cheque (opcional)</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Se aplica a:</translation>
    </message>
    <message>
        <source>Change a&amp;llocation</source>
        <translation>&amp;Cambiar reparto</translation>
    </message>
    <message>
        <source>Type how much goes to each sale; what is not given to a sale is left as credit.</source>
        <translation>Escriba cuánto va a cada venta; lo que no se asigne a una venta queda como saldo a favor.</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Dinero móvil</translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <source>Payment plan</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <source>S&amp;ales on the plan (what is open on each):</source>
        <translation>V&amp;entas del plan (lo pendiente de cada una):</translation>
    </message>
    <message>
        <source>&amp;Installments</source>
        <translation>&amp;Cuotas</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Periodicidad</translation>
    </message>
    <message>
        <source>&amp;First due</source>
        <translation>Primer &amp;vencimiento</translation>
    </message>
    <message>
        <source>&amp;Down payment</source>
        <translation>Pago &amp;inicial</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario de pagos</translation>
    </message>
    <message>
        <source>&amp;Print schedule…</source>
        <translation>Imp&amp;rimir calendario…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>PaymentPlanService</name>
    <message>
        <source>%1 owes nothing, so there is nothing to put on a plan.</source>
        <translation>%1 no debe nada, así que no hay nada que poner en un plan.</translation>
    </message>
    <message>
        <source>The sale %1 is not this customer&apos;s.</source>
        <translation>La venta %1 no es de este cliente.</translation>
    </message>
    <message>
        <source>The down payment cannot be negative.</source>
        <translation>El pago inicial no puede ser negativo.</translation>
    </message>
    <message>
        <source>The down payment (%1) must be less than the balance on the plan (%2); with all of it paid now, record a payment instead.</source>
        <translation>El pago inicial (%1) debe ser menor que el saldo del plan (%2); si se paga todo ahora, registre un pago en su lugar.</translation>
    </message>
    <message>
        <source>Give a number of installments from 1 to %1.</source>
        <translation>Indique un número de cuotas entre 1 y %1.</translation>
    </message>
    <message>
        <source>Give the date the first installment is due.</source>
        <translation>Indique la fecha de vencimiento de la primera cuota.</translation>
    </message>
    <message>
        <source>%1 cannot be split into %2 installments; choose fewer.</source>
        <translation>%1 no se puede dividir en %2 cuotas; elija menos.</translation>
    </message>
    <message>
        <source>Choose the sales the plan is for.</source>
        <translation>Elija las ventas que cubre el plan.</translation>
    </message>
    <message>
        <source>The sale %1 is on the plan twice.</source>
        <translation>La venta %1 figura dos veces en el plan.</translation>
    </message>
    <message>
        <source>Nothing is owed on the sale %1.</source>
        <translation>No se debe nada de la venta %1.</translation>
    </message>
    <message>
        <source>What is open on the sale %1 changed since the plan was prepared (%2, now %3); prepare the plan again.</source>
        <translation>Lo pendiente de la venta %1 cambió desde que se preparó el plan (%2, ahora %3); prepare el plan de nuevo.</translation>
    </message>
    <message>
        <source>The sale %1 was made on %2, after the plan&apos;s date %3.</source>
        <translation>La venta %1 se hizo el %2, después de la fecha del plan, %3.</translation>
    </message>
    <message>
        <source>The sale %1 is in dispute (dispute %2); resolve the dispute before putting the sale on a payment plan.</source>
        <translation>La venta %1 está en disputa (disputa %2); resuelva la disputa antes de poner la venta en un plan de pagos.</translation>
    </message>
    <message>
        <source>%1 is an installment of the payment plan %2, which is not broken; it cannot go on another plan.</source>
        <translation>%1 es una cuota del plan de pagos %2, que no está incumplido; no puede ir en otro plan.</translation>
    </message>
    <message>
        <source>The sale %1 has entries dated up to %2, after the plan&apos;s date %3; date the plan on or after %2.</source>
        <translation>La venta %1 tiene asientos con fecha hasta el %2, después de la fecha del plan, %3; ponga al plan una fecha igual o posterior al %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s balance (%1) is not what its sales have open (%2).</source>
        <translation>El saldo del plan (%1) no es lo que sus ventas tienen pendiente (%2).</translation>
    </message>
    <message>
        <source>The plan should have %1 installments, but it has %2.</source>
        <translation>El plan debería tener %1 cuotas, pero tiene %2.</translation>
    </message>
    <message>
        <source>The installments add up to %1, but the balance on the plan is %2; they must add up to it exactly.</source>
        <translation>Las cuotas suman %1, pero el saldo del plan es %2; deben sumar exactamente ese saldo.</translation>
    </message>
    <message>
        <source>The first installment cannot be due before the plan is made (%1).</source>
        <translation>La primera cuota no puede vencer antes de la fecha del plan (%1).</translation>
    </message>
    <message>
        <source>Installment %1: %2</source>
        <translation>Cuota %1: %2</translation>
    </message>
    <message>
        <source>The down payment must be the plan&apos;s first installment, due on the day it is made.</source>
        <translation>El pago inicial debe ser la primera cuota del plan, con vencimiento el día en que se hace.</translation>
    </message>
    <message>
        <source>The installment %1 falls due before the one before it.</source>
        <translation>La cuota %1 vence antes que la anterior.</translation>
    </message>
    <message>
        <source>The installment %1 does not belong to the plan %2.</source>
        <translation>La cuota %1 no pertenece al plan %2.</translation>
    </message>
    <message>
        <source>A sale with the reference “%1” already exists; prepare the plan again.</source>
        <translation>Ya existe una venta con la referencia “%1”; prepare el plan de nuevo.</translation>
    </message>
    <message>
        <source>Moved to the payment plan %1</source>
        <translation>Pasado al plan de pagos %1</translation>
    </message>
    <message>
        <source>Down payment of the payment plan %1</source>
        <translation>Pago inicial del plan de pagos %1</translation>
    </message>
    <message>
        <source>Installment %1 of %2 of the payment plan %3</source>
        <translation>Cuota %1 de %2 del plan de pagos %3</translation>
    </message>
</context>
<context>
    <name>PaymentReceipt</name>
    <message>
        <source>There is no payment with the reference “%1”.</source>
        <translation>No hay ningún pago con la referencia «%1».</translation>
    </message>
    <message>
        <source>That entry is not a payment.</source>
        <translation>Ese apunte no es un pago.</translation>
    </message>
    <message>
        <source>That customer has made no payment.</source>
        <translation>Ese cliente no ha hecho ningún pago.</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>A payment with the reference “%1” already exists.</source>
        <translation>Ya existe un pago con la referencia “%1”.</translation>
    </message>
</context>
<context>
    <name>PeriodClose</name>
    <message>
        <source>Choose the last day to close the books through.</source>
        <translation>Elija el último día hasta el que cerrar los libros.</translation>
    </message>
    <message>
        <source>%1 is in the future; the books can be closed through today (%2) at the latest.</source>
        <translation>%1 está en el futuro; los libros se pueden cerrar como mucho hasta hoy (%2).</translation>
    </message>
    <message>
        <source>The books are already closed through %1.</source>
        <translation>Los libros ya están cerrados hasta el %1.</translation>
    </message>
    <message>
        <source>The books are closed through %1, later than %2; to close them through an earlier day, reopen them to that day, with a reason.</source>
        <translation>Los libros están cerrados hasta el %1, después del %2; para cerrarlos hasta un día anterior, reábralos hasta ese día, con un motivo.</translation>
    </message>
    <message>
        <source>Say why the books are reopened; the reason is kept in the audit log.</source>
        <translation>Diga por qué se reabren los libros; el motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The books are not closed; there is nothing to reopen.</source>
        <translation>Los libros no están cerrados; no hay nada que reabrir.</translation>
    </message>
    <message>
        <source>The books are closed through %1; reopening them keeps them closed through an earlier day than that, not %2.</source>
        <translation>Los libros están cerrados hasta el %1; al reabrirlos quedan cerrados hasta un día anterior a ese, no el %2.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>the book says it is closed through “%1” (meta %2), but no audit record closed it</source>
        <translation>el libro dice que está cerrado hasta “%1” (meta %2), pero ningún registro de auditoría lo cerró</translation>
    </message>
    <message>
        <source>the book says it is closed through “%1” (meta %2), but audit record %3 reopened it entirely</source>
        <translation>el libro dice que está cerrado hasta “%1” (meta %2), pero el registro de auditoría %3 lo reabrió por completo</translation>
    </message>
    <message>
        <source>the book says it is closed through “%1” (meta %2), but audit record %3 closed it through “%4”</source>
        <translation>el libro dice que está cerrado hasta “%1” (meta %2), pero el registro de auditoría %3 lo cerró hasta “%4”</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>The entries cannot be read: %1</source>
        <translation>No se pueden leer los asientos: %1</translation>
    </message>
    <message>
        <source>entries row %1: dated %2, made while the books were closed through %3 (audit record %4)</source>
        <translation>entries fila %1: con fecha %2, hecho mientras los libros estaban cerrados hasta el %3 (registro de auditoría %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n more entry(ies) made while their date was closed</source>
        <translation>
            <numerusform>%n asiento más hecho mientras su fecha estaba cerrada</numerusform>
            <numerusform>%n asientos más hechos mientras su fecha estaba cerrada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Payment plan %1 for %2 (%3), made on %4</source>
        <translation>Plan de pagos %1 para %2 (%3), hecho el %4</translation>
    </message>
    <message>
        <source>  takes %1: %2 open</source>
        <translation>  toma %1: %2 pendiente</translation>
    </message>
    <message>
        <source>Balance %1: %2 installments, %3 from %4</source>
        <translation>Saldo %1: %2 cuotas, %3 desde el %4</translation>
    </message>
    <message>
        <source>, down payment %1</source>
        <translation>, pago inicial %1</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Turn a customer&apos;s open sales into a payment plan of installments.</source>
        <translation>Convierte las ventas pendientes de un cliente en un plan de pagos a plazos.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The customer&apos;s reference.</source>
        <translation>La referencia del cliente.</translation>
    </message>
    <message>
        <source>A sale the plan takes (what is open on it); repeat, or separate with commas (default: all the customer&apos;s open sales).</source>
        <translation>Una venta que toma el plan (lo pendiente de ella); repita la opción o separe con comas (por omisión: todas las ventas pendientes del cliente).</translation>
    </message>
    <message>
        <source>How many installments, 1 to %1.</source>
        <translation>Cuántas cuotas, de 1 a %1.</translation>
    </message>
    <message>
        <source>How often one falls due: week, fortnight or month.</source>
        <translation>Cada cuánto vence una: week (semana), fortnight (quincena) o month (mes).</translation>
    </message>
    <message>
        <source>The first installment&apos;s due date, YYYY-MM-DD.</source>
        <translation>La fecha de vencimiento de la primera cuota, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>A down payment, due on the day the plan is made, such as 50.00.</source>
        <translation>Un pago inicial, que vence el día en que se hace el plan, como 50.00.</translation>
    </message>
    <message>
        <source>The installments&apos; amounts, separated by commas, instead of an even split (they must add up to the balance less the down payment).</source>
        <translation>Los importes de las cuotas, separados por comas, en lugar de un reparto igual (deben sumar el saldo menos el pago inicial).</translation>
    </message>
    <message>
        <source>The day the plan is made, YYYY-MM-DD (default: today).</source>
        <translation>El día en que se hace el plan, AAAA-MM-DD (por omisión: hoy).</translation>
    </message>
    <message>
        <source>A note to keep with it.</source>
        <translation>Una nota que guardar con él.</translation>
    </message>
    <message>
        <source>Show the plan without saving it.</source>
        <translation>Muestra el plan sin guardarlo.</translation>
    </message>
    <message>
        <source>give a BOOK file and a CUSTOMER reference.</source>
        <translation>indique un archivo BOOK y una referencia CUSTOMER.</translation>
    </message>
    <message>
        <source>give --count (or --amounts).</source>
        <translation>indique --count (o --amounts).</translation>
    </message>
    <message>
        <source>--count must be a whole number, such as 6.</source>
        <translation>--count debe ser un número entero, como 6.</translation>
    </message>
    <message>
        <source>--every must be week, fortnight or month.</source>
        <translation>--every debe ser week, fortnight o month.</translation>
    </message>
    <message>
        <source>give --first, the first installment&apos;s due date.</source>
        <translation>indique --first, la fecha de vencimiento de la primera cuota.</translation>
    </message>
    <message>
        <source>--count says %1 installments, but --amounts gives %2.</source>
        <translation>--count indica %1 cuotas, pero --amounts da %2.</translation>
    </message>
    <message>
        <source>Preview only: nothing was saved.</source>
        <translation>Solo vista previa: no se guardó nada.</translation>
    </message>
    <message>
        <source>Saved the payment plan %1.</source>
        <translation>Se guardó el plan de pagos %1.</translation>
    </message>
</context>
<context>
    <name>PlanRecords</name>
    <message>
        <source>On track</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
</context>
<context>
    <name>PlanSchedule</name>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Quincenal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
</context>
<context>
    <name>PlanScheduleDocument</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Pago inicial</translation>
    </message>
    <message>
        <source>Installment %1 of %2</source>
        <translation>Cuota %1 de %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment plan %1</source>
        <translation>Plan de pagos %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Agreed on %1, for %2: %3.</source>
        <translation>Acordado el %1, por %2: %3.</translation>
    </message>
    <message>
        <source>%1 installments, %2.</source>
        <translation>%1 cuotas, %2.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Importe (%1)</translation>
    </message>
    <message>
        <source>Please pay each installment by its date. Payments go to the oldest installment due first.</source>
        <translation>Le rogamos que pague cada cuota en su fecha. Los pagos se aplican primero a la cuota más antigua.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir “%1”: %2</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>Export the collection policy (the ladder) as JSON, or import one.</source>
        <translation>Exportar la política de cobro (la escalera) como JSON, o importar una.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The JSON file (docs/collection-policy.md); export writes to the screen without one.</source>
        <translation>El archivo JSON (docs/collection-policy.md); sin él, export escribe en la pantalla.</translation>
    </message>
    <message>
        <source>give export BOOK [FILE], or import BOOK FILE.</source>
        <translation>indique export BOOK [FILE], o import BOOK FILE.</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>no se puede escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Wrote the collection policy to “%1”.</source>
        <translation>Se escribió la política de cobro en “%1”.</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>no se puede leer “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a policy file.</source>
        <translation>“%1” es demasiado grande para ser un archivo de política.</translation>
    </message>
    <message>
        <source>Imported the collection policy from “%1”.</source>
        <translation>Se importó la política de cobro de “%1”.</translation>
    </message>
</context>
<context>
    <name>PolicyStore</name>
    <message>
        <source>The book&apos;s collection policy has a step of an unknown kind; it was made by a newer version of Recoup.</source>
        <translation>La política de cobro del libro tiene un paso de un tipo desconocido; la hizo una versión más reciente de Recoup.</translation>
    </message>
</context>
<context>
    <name>PostFeesDialog</name>
    <message>
        <source>Post late fees</source>
        <translation>Contabilizar recargos por mora</translation>
    </message>
    <message>
        <source>Each charge becomes an item of its own, issued today; the sales are not changed. A period already charged is never charged again.</source>
        <translation>Cada cargo se convierte en una partida propia, emitida hoy; las ventas no se modifican. Un periodo ya cargado nunca se vuelve a cargar.</translation>
    </message>
</context>
<context>
    <name>PromiseCommand</name>
    <message>
        <source>Record a customer&apos;s promise to pay an amount by a date.</source>
        <translation>Registrar la promesa de un cliente de pagar un importe para una fecha.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The customer&apos;s reference.</source>
        <translation>La referencia del cliente.</translation>
    </message>
    <message>
        <source>The amount promised, such as 120.50.</source>
        <translation>El importe prometido, como 120.50.</translation>
    </message>
    <message>
        <source>The date it is promised for, YYYY-MM-DD.</source>
        <translation>La fecha para la que se promete, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>A sale the promise covers; repeat for more (default: all the customer&apos;s open sales).</source>
        <translation>Una venta que cubre la promesa; repítalo para más (por omisión: todas las ventas pendientes del cliente).</translation>
    </message>
    <message>
        <source>The day the promise was made, YYYY-MM-DD (default: today).</source>
        <translation>El día en que se hizo la promesa, AAAA-MM-DD (por omisión: hoy).</translation>
    </message>
    <message>
        <source>A note to keep with it.</source>
        <translation>Una nota que guardar con ella.</translation>
    </message>
    <message>
        <source>give a BOOK file, a CUSTOMER reference, an AMOUNT and a DATE.</source>
        <translation>indique un archivo BOOK, una referencia CUSTOMER, un AMOUNT y una DATE.</translation>
    </message>
    <message>
        <source>Recorded promise %1: %2 promises %3 by %4.</source>
        <translation>Se registró la promesa %1: %2 promete %3 para el %4.</translation>
    </message>
</context>
<context>
    <name>PromiseService</name>
    <message>
        <source>Give the date the money is promised for.</source>
        <translation>Indique la fecha para la que se promete el dinero.</translation>
    </message>
    <message>
        <source>The promised date (%1) cannot be before the day the promise is made (%2).</source>
        <translation>La fecha prometida (%1) no puede ser anterior al día en que se hace la promesa (%2).</translation>
    </message>
    <message>
        <source>The sale %1 is not this customer&apos;s.</source>
        <translation>La venta %1 no es de este cliente.</translation>
    </message>
    <message>
        <source>Nothing is owed on the sale %1.</source>
        <translation>No se debe nada de la venta %1.</translation>
    </message>
    <message>
        <source>%1 owes nothing, so there is nothing to promise.</source>
        <translation>%1 no debe nada, así que no hay nada que prometer.</translation>
    </message>
    <message>
        <source>The promise (%1) is for more than is owed on those sales (%2).</source>
        <translation>La promesa (%1) es por más de lo que se debe de esas ventas (%2).</translation>
    </message>
    <message>
        <source>That contact is not in this customer&apos;s log.</source>
        <translation>Ese contacto no está en el registro de este cliente.</translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>Write the receipt of a payment as a PDF (a sheet, or an 80 mm roll).</source>
        <translation>Escribe el recibo de un pago en PDF (una hoja o un rollo de 80 mm).</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The payment&apos;s reference, as PAY-00012.</source>
        <translation>La referencia del pago, como PAY-00012.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribe.</translation>
    </message>
    <message>
        <source>For an 80 mm receipt printer, instead of a sheet.</source>
        <translation>Para una impresora de recibos de 80 mm, en lugar de una hoja.</translation>
    </message>
    <message>
        <source>Receipt %1 written to %2.</source>
        <translation>Recibo %1 escrito en %2.</translation>
    </message>
    <message>
        <source>Instead of PAYMENT_REF: the last payment of the customer with this reference (a reprint).</source>
        <translation>En lugar de REF_PAGO: el último pago del cliente con esta referencia (una reimpresión).</translation>
    </message>
    <message>
        <source>give BOOK PAYMENT_REF --out FILE, or BOOK --last-of CUSTOMER --out FILE.</source>
        <translation>indique LIBRO REF_PAGO --out ARCHIVO, o LIBRO --last-of CLIENTE --out ARCHIVO.</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Credit after this payment</source>
        <translation>Saldo a su favor tras este pago</translation>
    </message>
    <message>
        <source>Nothing owed after this payment</source>
        <translation>Nada pendiente tras este pago</translation>
    </message>
    <message>
        <source>Balance owed after this payment</source>
        <translation>Saldo pendiente tras este pago</translation>
    </message>
    <message>
        <source>Next installment: %1 of %2 %3, due on %4.</source>
        <translation>Próxima cuota: %1 de %2 %3, con vencimiento el %4.</translation>
    </message>
    <message>
        <source>Next: %1 %2 as promised, by %3.</source>
        <translation>Próximo: %1 %2 según lo prometido, antes del %3.</translation>
    </message>
    <message>
        <source>RECEIPT</source>
        <translation>RECIBO</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>Pagado con %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>What this payment paid off</source>
        <translation>Lo que ha saldado este pago</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Kept as credit for your next purchase</source>
        <translation>Queda como saldo a su favor para su próxima compra</translation>
    </message>
    <message>
        <source>This payment was reversed: %1</source>
        <translation>Este pago se anuló: %1</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibido de</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Importe recibido</translation>
    </message>
    <message>
        <source>Thank you for your payment.</source>
        <translation>Gracias por su pago.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2.</source>
        <translation>Registrado por %1 el %2.</translation>
    </message>
    <message>
        <source>still open: %1</source>
        <translation>pendiente: %1</translation>
    </message>
    <message>
        <source>Kept as credit</source>
        <translation>Queda como saldo a favor</translation>
    </message>
    <message>
        <source>Amounts in %1. Recorded by %2.</source>
        <translation>Importes en %1. Registrado por %2.</translation>
    </message>
</context>
<context>
    <name>ReceivablesMetrics</name>
    <message>
        <source>The monthly figures cannot be computed: %1</source>
        <translation>No se pueden calcular las cifras mensuales: %1</translation>
    </message>
</context>
<context>
    <name>RecoverCommand</name>
    <message>
        <source>Record money recovered on a sale written off.</source>
        <translation>Registrar dinero recuperado de una venta castigada.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The sale&apos;s reference.</source>
        <translation>La referencia de la venta.</translation>
    </message>
    <message>
        <source>The amount recovered.</source>
        <translation>El importe recuperado.</translation>
    </message>
    <message>
        <source>How it was paid: cash (default), card, bank_transfer, cheque, mobile_money.</source>
        <translation>Cómo se pagó: cash (por omisión), card, bank_transfer, cheque, mobile_money.</translation>
    </message>
    <message>
        <source>The bank or cheque reference.</source>
        <translation>La referencia bancaria o del cheque.</translation>
    </message>
    <message>
        <source>A note to keep with it.</source>
        <translation>Una nota que guardar con ella.</translation>
    </message>
    <message>
        <source>The day it was paid (default: today).</source>
        <translation>El día en que se pagó (por omisión: hoy).</translation>
    </message>
    <message>
        <source>give BOOK DEBT --amount AMOUNT.</source>
        <translation>indique BOOK DEBT --amount AMOUNT.</translation>
    </message>
    <message>
        <source>--method must be cash, card, bank_transfer, cheque or mobile_money, not “%1”.</source>
        <translation>--method debe ser cash, card, bank_transfer, cheque o mobile_money, no “%1”.</translation>
    </message>
    <message>
        <source>Recorded %1 recovered on the sale %2; %3 stays written off.</source>
        <translation>Se registraron %1 recuperados de la venta %2; %3 sigue castigado.</translation>
    </message>
</context>
<context>
    <name>RegisterCommand</name>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>Check every file of the folder: each must be, byte for byte, a paper the register holds.</source>
        <translation>Comprueba cada archivo de la carpeta: cada uno debe ser, byte a byte, un documento que el registro contiene.</translation>
    </message>
    <message>
        <source>give a BOOK file.</source>
        <translation>indique un archivo LIBRO.</translation>
    </message>
    <message>
        <source>ok       %1</source>
        <translation>ok       %1</translation>
    </message>
    <message>
        <source>UNKNOWN  %1: the register holds no paper with these bytes (changed, or never sent)</source>
        <translation>DESCONOCIDO  %1: el registro no contiene ningún documento con estos bytes (modificado, o nunca enviado)</translation>
    </message>
    <message>
        <source>%1 file(s) match the register, %2 do not.</source>
        <translation>%1 archivo(s) coinciden con el registro, %2 no.</translation>
    </message>
    <message>
        <source>Nothing was sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>List what was sent (papers, and e-mails with to whom and their subject), with the SHA-256 of each paper, or check a folder of PDFs against it.</source>
        <translation>Lista lo enviado (documentos, y correos con su destinatario y asunto), con el SHA-256 de cada documento, o comprueba una carpeta de PDF con él.</translation>
    </message>
    <message>
        <source>to %1: “%2”</source>
        <translation>a %1: “%2”</translation>
    </message>
    <message>
        <source>to %1, step %2: “%3”</source>
        <translation>a %1, paso %2: “%3”</translation>
    </message>
</context>
<context>
    <name>RemindCommand</name>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>Send the e-mails due today (and the outbox&apos;s due ones).</source>
        <translation>Enviar los correos electrónicos de hoy (y los pendientes de la bandeja de salida).</translation>
    </message>
    <message>
        <source>give a BOOK file and --send-due.</source>
        <translation>indique un archivo LIBRO y --send-due.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued today.</source>
        <translation>
            <numerusform>%n recordatorio puesto en cola hoy.</numerusform>
            <numerusform>%n recordatorios puestos en cola hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, %1 failed (kept to try again).</source>
        <translation>
            <numerusform>%n mensaje enviado, %1 fallidos (guardados para reintentarlo).</numerusform>
            <numerusform>%n mensajes enviados, %1 fallidos (guardados para reintentarlo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were interrupted while sending: see recoup-cli outbox.</source>
        <translation>
            <numerusform>%n mensaje se interrumpió durante el envío: vea recoup-cli outbox.</numerusform>
            <numerusform>%n mensajes se interrumpieron durante el envío: vea recoup-cli outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail sent (no usable address):</source>
        <translation>Sin correo electrónico enviado (no hay una dirección válida):</translation>
    </message>
    <message>
        <source>Waiting for your approval (on Today):</source>
        <translation>Esperando su aprobación (en Hoy):</translation>
    </message>
    <message>
        <source>To do by hand:</source>
        <translation>Para hacer a mano:</translation>
    </message>
    <message>
        <source>Send, once, the e-mail reminders the ladder says are due today, each with its letter as a PDF.</source>
        <translation>Enviar, una sola vez, los recordatorios por correo electrónico que la escalera marca para hoy, cada uno con su carta en PDF.</translation>
    </message>
</context>
<context>
    <name>ReminderMailer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no e-mail address</source>
        <translation>%1: sin dirección de correo electrónico</translation>
    </message>
    <message>
        <source>%1: “%2” is not an e-mail address</source>
        <translation>%1: “%2” no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation>%1 &lt;%2&gt;: %3</translation>
    </message>
</context>
<context>
    <name>ReopenCommand</name>
    <message>
        <source>Reopen closed books, back to an earlier day or entirely, with a reason.</source>
        <translation>Reabrir libros cerrados, hasta un día anterior o por completo, con un motivo.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>Keep the books closed through this day, YYYY-MM-DD (earlier than now), and reopen the days after it.</source>
        <translation>Mantener los libros cerrados hasta este día, AAAA-MM-DD (anterior al de ahora), y reabrir los días siguientes.</translation>
    </message>
    <message>
        <source>Reopen the books entirely: nothing stays closed.</source>
        <translation>Reabrir los libros por completo: nada queda cerrado.</translation>
    </message>
    <message>
        <source>Why the books are reopened (kept in the audit log).</source>
        <translation>Por qué se reabren los libros (se guarda en el registro de auditoría).</translation>
    </message>
    <message>
        <source>Who reopens the books, as the audit log keeps it (default: the user running this).</source>
        <translation>Quién reabre los libros, tal como lo guarda el registro de auditoría (por omisión: el usuario que ejecuta esto).</translation>
    </message>
    <message>
        <source>give one BOOK file and either --to YYYY-MM-DD or --all.</source>
        <translation>indique un archivo LIBRO y --to AAAA-MM-DD o bien --all.</translation>
    </message>
    <message>
        <source>say why with --reason TEXT; the reason is kept in the audit log.</source>
        <translation>diga por qué con --reason TEXTO; el motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Reopened the books after %1: entries dated from %2 on can be made again.</source>
        <translation>Libros reabiertos después del %1: ya se pueden hacer de nuevo asientos con fecha del %2 en adelante.</translation>
    </message>
    <message>
        <source>Reopened the books entirely: nothing is closed now.</source>
        <translation>Libros reabiertos por completo: ahora no hay nada cerrado.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>%1: “%2” is not a date written YYYY-MM-DD.</source>
        <translation>%1: “%2” no es una fecha escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Warning: the book “%1” is damaged, so these figures may be wrong or incomplete. Restore it from a backup; “recoup-cli verify %1” shows what is wrong.</source>
        <translation>Aviso: el libro “%1” está dañado, así que estas cifras pueden ser incorrectas o estar incompletas. Restáurelo desde una copia de seguridad; “recoup-cli verify %1” muestra qué está mal.</translation>
    </message>
    <message>
        <source>%1: “%2” has no month %3: months go from 01 to 12.</source>
        <translation>%1: “%2” no tiene mes %3: los meses van del 01 al 12.</translation>
    </message>
    <message>
        <source>%1: “%2”: there is no year 0000.</source>
        <translation>%1: “%2”: no existe el año 0000.</translation>
    </message>
    <message>
        <source>%1: there is no such day as “%2”: %3 %4 has %5 days.</source>
        <translation>%1: no existe el día “%2”: %3 de %4 tiene %5 días.</translation>
    </message>
</context>
<context>
    <name>ReverseEntryDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation>Anular un asiento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>What goes with it:</source>
        <translation>Lo que conlleva:</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Required: why is this entry wrong?</source>
        <translation>Obligatorio: ¿por qué es incorrecto este asiento?</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
</context>
<context>
    <name>SaleService</name>
    <message>
        <source>A sale with the reference “%1” already exists.</source>
        <translation>Ya existe una venta con la referencia “%1”.</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>%1 image, %2 bytes</source>
        <translation>imagen %1, %2 bytes</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>Show one detail, or set it.</source>
        <translation>Muestra un dato o lo fija.</translation>
    </message>
    <message>
        <source>The new value; for business_logo the image file; empty clears the detail.</source>
        <translation>El valor nuevo; para business_logo, el archivo de imagen; vacío borra el dato.</translation>
    </message>
    <message>
        <source>give BOOK, BOOK get KEY, or BOOK set KEY VALUE.</source>
        <translation>indique LIBRO, LIBRO get CLAVE o LIBRO set CLAVE VALOR.</translation>
    </message>
    <message>
        <source>“%1” is not a setting. Known settings: %2.</source>
        <translation>«%1» no es un ajuste. Ajustes conocidos: %2.</translation>
    </message>
    <message>
        <source>“%1” is %2 KB; a logo of at most %3 KB keeps the book small.</source>
        <translation>«%1» ocupa %2 KB; un logotipo de %3 KB como máximo mantiene pequeño el libro.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>%1 set.</source>
        <translation>%1 fijado.</translation>
    </message>
    <message>
        <source>Show or set the business details (letterhead, how to pay, country) and the mail server (smtp_*).</source>
        <translation>Muestra o fija los datos del negocio (membrete, forma de pago, país) y el servidor de correo (smtp_*).</translation>
    </message>
    <message>
        <source>The detail, as business_name; or a mail setting: smtp_host, smtp_port, smtp_security (starttls, tls or none), smtp_user, smtp_from, smtp_from_name, smtp_ca_file. The password is never kept in the book: save it in the window, or give it in the variable RECOUP_SMTP_PASSWORD.</source>
        <translation>El dato, como business_name; o un ajuste del correo: smtp_host, smtp_port, smtp_security (starttls, tls o none), smtp_user, smtp_from, smtp_from_name, smtp_ca_file. La contraseña nunca se guarda en el libro: guárdela en la ventana o désela en la variable RECOUP_SMTP_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>Give the name of the outgoing mail server, as smtp.example.com.</source>
        <translation>Indique el nombre del servidor de correo saliente, como smtp.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a server name: letters, digits, dots and dashes only.</source>
        <translation>“%1” no es un nombre de servidor: solo letras, cifras, puntos y guiones.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (587 for STARTTLS, 465 for TLS).</source>
        <translation>El puerto debe estar entre 1 y 65535 (587 para STARTTLS, 465 para TLS).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address to send from.</source>
        <translation>“%1” no es una dirección de correo electrónico desde la que enviar.</translation>
    </message>
    <message>
        <source>Without encryption, messages and the password would cross the network in clear: choose STARTTLS or TLS (only a server on this computer may go without).</source>
        <translation>Sin cifrado, los mensajes y la contraseña cruzarían la red en claro: elija STARTTLS o TLS (solo un servidor en este ordenador puede ir sin cifrado).</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de certificado %1.</translation>
    </message>
    <message>
        <source>The user and the sender&apos;s name must fit on one line.</source>
        <translation>El usuario y el nombre del remitente deben caber en una línea.</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (puerto 465)</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>Ninguna (solo este ordenador)</translation>
    </message>
    <message>
        <source>A mail setting must fit on one line.</source>
        <translation>Un ajuste del correo debe caber en una línea.</translation>
    </message>
    <message>
        <source>The security must be starttls, tls or none, not “%1”.</source>
        <translation>La seguridad debe ser starttls, tls o none, no “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a mail setting.</source>
        <translation>“%1” no es un ajuste del correo.</translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>The message has no recipient.</source>
        <translation>El mensaje no tiene destinatario.</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>No se pudo iniciar la biblioteca de correo.</translation>
    </message>
    <message>
        <source>The mail server %1 refused: %2</source>
        <translation>El servidor de correo %1 lo rechazó: %2</translation>
    </message>
    <message>
        <source>Could not send through %1: %2</source>
        <translation>No se pudo enviar a través de %1: %2</translation>
    </message>
</context>
<context>
    <name>StatementBatch</name>
    <message>
        <source>“%1” is not a kind of statement: give open-item, balance-forward or activity.</source>
        <translation>«%1» no es un tipo de extracto: indique open-item, balance-forward o activity.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Statements of %1</source>
        <translation>Extractos de %1</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Open items</source>
        <translation>Partidas pendientes</translation>
    </message>
    <message>
        <source>Balance forward</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>Movimientos de la cuenta</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Extracto %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Cliente n.º %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periodo: del %1 al %2</translation>
    </message>
    <message>
        <source>STATEMENT</source>
        <translation>EXTRACTO</translation>
    </message>
    <message>
        <source>Your credit</source>
        <translation>Su saldo a favor</translation>
    </message>
    <message>
        <source>Nothing to pay.</source>
        <translation>Nada que pagar.</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe adeudado</translation>
    </message>
    <message>
        <source>of which past due: %1</source>
        <translation>de ello vencido: %1</translation>
    </message>
    <message>
        <source>No items are open on %1.</source>
        <translation>No hay partidas pendientes el %1.</translation>
    </message>
    <message>
        <source>Total open</source>
        <translation>Total pendiente</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing happened on this account in the period.</source>
        <translation>No hubo movimientos en esta cuenta en el periodo.</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <source>Totals of the period</source>
        <translation>Totales del periodo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance on %1:</source>
        <translation>Saldo el %1:</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>How old the balance is, on %1</source>
        <translation>Antigüedad del saldo, el %1</translation>
    </message>
    <message>
        <source>Your account is in credit: there is nothing to pay. The credit goes towards your next purchase.</source>
        <translation>Su cuenta tiene saldo a favor: no hay nada que pagar. El saldo se aplicará a su próxima compra.</translation>
    </message>
    <message>
        <source>Part of this balance is past due. Please pay it now; if you cannot, call us and we will agree a plan with you.</source>
        <translation>Parte de este saldo está vencido. Le rogamos que lo pague ahora; si no puede, llámenos y acordaremos un plan con usted.</translation>
    </message>
    <message>
        <source>Please pay each item by its due date. Thank you for your business.</source>
        <translation>Le rogamos que pague cada partida antes de su vencimiento. Gracias por su confianza.</translation>
    </message>
    <message>
        <source>Your account is settled. Thank you for your business.</source>
        <translation>Su cuenta está saldada. Gracias por su confianza.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Amount enclosed</source>
        <translation>Importe adjunto</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Cómo pagar</translation>
    </message>
    <message>
        <source>REMITTANCE SLIP</source>
        <translation>TALÓN DE PAGO</translation>
    </message>
    <message>
        <source>Please return this part with your payment.</source>
        <translation>Devuelva esta parte con su pago.</translation>
    </message>
    <message>
        <source>✂ Detach here</source>
        <translation>✂ Cortar por aquí</translation>
    </message>
    <message>
        <source>Scan with your banking app to pay by transfer</source>
        <translation>Escanee con la aplicación de su banco para pagar por transferencia</translation>
    </message>
    <message>
        <source>Scan to pay online</source>
        <translation>Escanee para pagar en línea</translation>
    </message>
</context>
<context>
    <name>StatementReader</name>
    <message>
        <source>Installment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>“%1” is not a month: give it as YYYY-MM, as 2026-03.</source>
        <translation>«%1» no es un mes: indíquelo como AAAA-MM, por ejemplo 2026-03.</translation>
    </message>
    <message>
        <source>A statement&apos;s period must start on or before its last day.</source>
        <translation>El periodo de un extracto debe empezar el día de su fin o antes.</translation>
    </message>
    <message>
        <source>Applied to %1</source>
        <translation>Aplicado a %1</translation>
    </message>
</context>
<context>
    <name>StatementsCommand</name>
    <message>
        <source>Write the month&apos;s statements as PDF, one per customer with a balance (or one file).</source>
        <translation>Escribe en PDF los extractos del mes, uno por cliente con saldo (o un solo archivo).</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The month, as 2026-03: the statements are as of its last day.</source>
        <translation>El mes, como 2026-03: los extractos son a su último día.</translation>
    </message>
    <message>
        <source>open-item (default), balance-forward or activity.</source>
        <translation>open-item (por omisión), balance-forward o activity.</translation>
    </message>
    <message>
        <source>The folder the PDF files go to (made if missing).</source>
        <translation>La carpeta donde van los archivos PDF (se crea si no existe).</translation>
    </message>
    <message>
        <source>All the statements in one PDF file.</source>
        <translation>Todos los extractos en un solo archivo PDF.</translation>
    </message>
    <message>
        <source>At most N statements, the first by customer reference.</source>
        <translation>Como máximo N extractos, los primeros por referencia de cliente.</translation>
    </message>
    <message>
        <source>Only this customer (repeat for more), with a balance or not.</source>
        <translation>Solo este cliente (repítalo para más), tenga saldo o no.</translation>
    </message>
    <message>
        <source>give BOOK --period YYYY-MM --out DIR.</source>
        <translation>indique LIBRO --period AAAA-MM --out CARPETA.</translation>
    </message>
    <message>
        <source>--limit must be a whole number above zero, not “%1”.</source>
        <translation>--limit debe ser un número entero mayor que cero, no «%1».</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>%1 statement(s) as of %2 written to %3.</source>
        <translation>%1 extracto(s) al %2 escritos en %3.</translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>Mark a customer&apos;s task on the worklist done, skipped (with a reason) or snoozed to a date.</source>
        <translation>Marcar una tarea de un cliente en la lista de tareas como hecha, omitida (con un motivo) o aplazada a una fecha.</translation>
    </message>
    <message>
        <source>What to record.</source>
        <translation>Qué registrar.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The customer&apos;s reference.</source>
        <translation>La referencia del cliente.</translation>
    </message>
    <message>
        <source>Which of the customer&apos;s tasks, as the worklist&apos;s action column names it (reminder:email, call:phone, broken_promise, ...); needed when the customer has more than one.</source>
        <translation>Cuál de las tareas del cliente, como la nombra la columna action de la lista de tareas (reminder:email, call:phone, broken_promise, ...); necesario cuando el cliente tiene más de una.</translation>
    </message>
    <message>
        <source>skip: why the task is skipped.</source>
        <translation>skip: por qué se omite la tarea.</translation>
    </message>
    <message>
        <source>snooze: the day the task comes back, YYYY-MM-DD.</source>
        <translation>snooze: el día en que vuelve la tarea, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The day it was done, YYYY-MM-DD (default: today).</source>
        <translation>El día en que se hizo, AAAA-MM-DD (por omisión: hoy).</translation>
    </message>
    <message>
        <source>give done, skip or snooze, a BOOK file and a CUSTOMER reference.</source>
        <translation>indique done, skip o snooze, un archivo BOOK y una referencia CUSTOMER.</translation>
    </message>
    <message>
        <source>snooze needs --until DATE.</source>
        <translation>snooze necesita --until DATE.</translation>
    </message>
    <message>
        <source>%1 has no task on the worklist of %2.</source>
        <translation>%1 no tiene ninguna tarea en la lista del %2.</translation>
    </message>
    <message>
        <source>%1 has no task “%2” on %3; its tasks: %4.</source>
        <translation>%1 no tiene ninguna tarea “%2” el %3; sus tareas: %4.</translation>
    </message>
    <message>
        <source>%1 has %2 tasks on %3; say which with --action: %4.</source>
        <translation>%1 tiene %2 tareas el %3; indique cuál con --action: %4.</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>Hecho: %1 para %2.</translation>
    </message>
    <message>
        <source>Skipped: %1 for %2.</source>
        <translation>Omitido: %1 para %2.</translation>
    </message>
    <message>
        <source>Snoozed to %3: %1 for %2.</source>
        <translation>Aplazado al %3: %1 para %2.</translation>
    </message>
</context>
<context>
    <name>TaskRecorder</name>
    <message>
        <source>Say why the task is skipped; the reason is kept with the debt&apos;s record.</source>
        <translation>Indique por qué se omite la tarea; el motivo se guarda con el historial de la deuda.</translation>
    </message>
    <message>
        <source>Give the date to snooze the task to.</source>
        <translation>Indique hasta qué fecha se aplaza la tarea.</translation>
    </message>
    <message>
        <source>Snooze to a later day than %1.</source>
        <translation>Aplace la tarea a un día posterior al %1.</translation>
    </message>
    <message>
        <source>The task covers no sale.</source>
        <translation>La tarea no incluye ninguna venta.</translation>
    </message>
    <message>
        <source>That step for the sale %1 was already recorded on %2; nothing was changed.</source>
        <translation>Ese paso de la venta %1 ya se registró el %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>That task was already recorded on %1; nothing was changed.</source>
        <translation>Esa tarea ya se registró el %1; no se cambió nada.</translation>
    </message>
    <message>
        <source>step “%1” of the collection ladder</source>
        <translation>paso «%1» de la escalera de cobro</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Messages go by e-mail, SMS, WhatsApp or letter, not by %1.</source>
        <translation>Los mensajes se envían por correo electrónico, SMS, WhatsApp o carta, no por %1.</translation>
    </message>
    <message>
        <source>A template belongs to a step of the ladder: choose one.</source>
        <translation>Una plantilla pertenece a un paso de la escalera: elija uno.</translation>
    </message>
    <message>
        <source>An e-mail needs a subject.</source>
        <translation>Un correo electrónico necesita un asunto.</translation>
    </message>
    <message>
        <source>The message is empty: write its words, or go back to the default ones.</source>
        <translation>El mensaje está vacío: escriba su texto o vuelva al texto predeterminado.</translation>
    </message>
    <message>
        <source>The subject is longer than %1 characters.</source>
        <translation>El asunto tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>El mensaje tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The subject must fit on one line.</source>
        <translation>El asunto debe caber en una línea.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>The “}” at line %1, column %2 closes no field; write }} for a brace of its own.</source>
        <translation>La “}” de la línea %1, columna %2 no cierra ningún campo; escriba }} para una llave sola.</translation>
    </message>
    <message>
        <source>The field opened at line %1, column %2 is not closed with “}”; write {{ for a brace of its own.</source>
        <translation>El campo abierto en la línea %1, columna %2 no se cierra con “}”; escriba {{ para una llave sola.</translation>
    </message>
    <message>
        <source>Unknown field {%1} at line %2, column %3.</source>
        <translation>Campo desconocido {%1} en la línea %2, columna %3.</translation>
    </message>
    <message>
        <source>The customer&apos;s name</source>
        <translation>El nombre del cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s reference</source>
        <translation>La referencia del cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address</source>
        <translation>La dirección de correo electrónico del cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number</source>
        <translation>El número de teléfono del cliente</translation>
    </message>
    <message>
        <source>The items due: a list, or a table in HTML</source>
        <translation>Las partidas vencidas: una lista, o una tabla en HTML</translation>
    </message>
    <message>
        <source>How many items are due</source>
        <translation>Cuántas partidas están vencidas</translation>
    </message>
    <message>
        <source>What the items due add up to</source>
        <translation>Lo que suman las partidas vencidas</translation>
    </message>
    <message>
        <source>The customer&apos;s whole balance</source>
        <translation>El saldo completo del cliente</translation>
    </message>
    <message>
        <source>Days the oldest item is overdue</source>
        <translation>Días de retraso de la partida más antigua</translation>
    </message>
    <message>
        <source>The oldest item&apos;s due date</source>
        <translation>La fecha de vencimiento de la partida más antigua</translation>
    </message>
    <message>
        <source>The amount of the promise to pay still pending</source>
        <translation>El importe de la promesa de pago aún pendiente</translation>
    </message>
    <message>
        <source>The day the money was promised for</source>
        <translation>El día para el que se prometió el dinero</translation>
    </message>
    <message>
        <source>The next installment of a payment plan</source>
        <translation>El próximo plazo de un plan de pagos</translation>
    </message>
    <message>
        <source>The next installment&apos;s due date</source>
        <translation>La fecha de vencimiento del próximo plazo</translation>
    </message>
    <message>
        <source>The business&apos;s name</source>
        <translation>El nombre del negocio</translation>
    </message>
    <message>
        <source>The business&apos;s address</source>
        <translation>La dirección del negocio</translation>
    </message>
    <message>
        <source>The business&apos;s phone number</source>
        <translation>El número de teléfono del negocio</translation>
    </message>
    <message>
        <source>The business&apos;s e-mail address</source>
        <translation>La dirección de correo electrónico del negocio</translation>
    </message>
    <message>
        <source>The business&apos;s tax number</source>
        <translation>El número de identificación fiscal del negocio</translation>
    </message>
    <message>
        <source>How to pay: the bank details of the book</source>
        <translation>Cómo pagar: los datos bancarios del libro</translation>
    </message>
    <message>
        <source>The link to pay online</source>
        <translation>El enlace para pagar en línea</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>La fecha de hoy</translation>
    </message>
    <message>
        <source>The name of the reminder step</source>
        <translation>El nombre del paso de recordatorio</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check the audit chain and that every total matches the entries.</source>
        <translation>Comprueba la cadena de auditoría y que cada total coincide con los asientos.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>give one BOOK file.</source>
        <translation>indique un solo archivo BOOK.</translation>
    </message>
    <message>
        <source>%1 customers, %2 sales, %3 entries, %4 audit records</source>
        <translation>%1 clientes, %2 ventas, %3 asientos, %4 registros de auditoría</translation>
    </message>
    <message>
        <source>OK: %1; the audit chain is unbroken and every total matches its entries.</source>
        <translation>CORRECTO: %1; la cadena de auditoría está intacta y cada total coincide con sus asientos.</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s) in %1.</source>
        <translation>
            <numerusform>ERROR: %n problema en %1.</numerusform>
            <numerusform>ERROR: %n problemas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DAMAGED: the file&apos;s structure is broken (the integrity check found %n problem(s)). Recoup will only read this book. Restore it from a backup; if there is none, copy the figures you need with “recoup-cli balance” and “recoup-cli aging” before anything else.</source>
        <translation>
            <numerusform>DAÑADO: la estructura del archivo está rota (la comprobación de integridad encontró %n problema). Recoup solo leerá este libro. Restáurelo desde una copia de seguridad; si no la tiene, copie antes que nada las cifras que necesite con “recoup-cli balance” y “recoup-cli aging”.</numerusform>
            <numerusform>DAÑADO: la estructura del archivo está rota (la comprobación de integridad encontró %n problemas). Recoup solo leerá este libro. Restáurelo desde una copia de seguridad; si no la tiene, copie antes que nada las cifras que necesite con “recoup-cli balance” y “recoup-cli aging”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run with --verbose for the database&apos;s own description of the damage.</source>
        <translation>Ejecútelo con --verbose para ver la descripción del daño que da la propia base de datos.</translation>
    </message>
    <message>
        <source>DAMAGED: the book was changed outside Recoup. Recoup will only read it. Restore it from a backup.</source>
        <translation>DAÑADO: el libro se modificó fuera de Recoup. Recoup solo lo leerá. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Check the audit chain against a head taken earlier (from a receipt, a statement or a backup&apos;s .head file): N:HASH, the number of its last record and the first digits of that record&apos;s hash.</source>
        <translation>Comprueba la cadena de auditoría con una cabeza tomada antes (de un recibo, un estado de cuenta o el archivo .head de una copia de seguridad): N:HASH, el número de su último registro y las primeras cifras del hash de ese registro.</translation>
    </message>
    <message>
        <source>The chain holds the head given, %1.</source>
        <translation>La cadena contiene la cabeza indicada, %1.</translation>
    </message>
    <message>
        <source>Head of the audit chain (write it down, or keep it with a backup): %1</source>
        <translation>Cabeza de la cadena de auditoría (anótela o guárdela con una copia de seguridad): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that say what is owed checked against the audit records that bind them, bound since the book was made.</source>
        <translation>
            <numerusform>%n fila de lo que se debe comprobada con los registros de auditoría que la vinculan, vinculadas desde que se creó el libro.</numerusform>
            <numerusform>%n filas de lo que se debe comprobadas con los registros de auditoría que las vinculan, vinculadas desde que se creó el libro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that say what is owed checked against the audit records that bind them, bound since %1 (audit record %2): what the book held then is vouched for as it was that day, not before.</source>
        <translation>
            <numerusform>%n fila de lo que se debe comprobada con los registros de auditoría que la vinculan, vinculadas desde el %1 (registro de auditoría %2): lo que el libro tenía entonces se garantiza tal como estaba ese día, no antes.</numerusform>
            <numerusform>%n filas de lo que se debe comprobadas con los registros de auditoría que las vinculan, vinculadas desde el %1 (registro de auditoría %2): lo que el libro tenía entonces se garantiza tal como estaba ese día, no antes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Give a valid date for the worklist.</source>
        <translation>Indique una fecha válida para la lista de tareas.</translation>
    </message>
    <message>
        <source>Broken promise: get in touch</source>
        <translation>Promesa incumplida: póngase en contacto</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Hacer seguimiento por %1</translation>
    </message>
    <message>
        <source>Send a reminder by %1</source>
        <translation>Enviar un recordatorio por %1</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Enviar un recordatorio</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Write instead of calling, by %1</source>
        <translation>Escribir en lugar de llamar, por %1</translation>
    </message>
    <message>
        <source>Send the late fee warning by %1</source>
        <translation>Enviar la advertencia de recargo por %1</translation>
    </message>
    <message>
        <source>Send the final notice by %1</source>
        <translation>Enviar el último aviso por %1</translation>
    </message>
    <message>
        <source>Stop credit</source>
        <translation>Suspender el crédito</translation>
    </message>
    <message>
        <source>Refer to a collection agency</source>
        <translation>Pasar a una agencia de cobros</translation>
    </message>
    <message>
        <source>Send the letter before legal action by %1</source>
        <translation>Enviar la carta previa a acciones legales por %1</translation>
    </message>
    <message>
        <source>%1 (needs approval)</source>
        <translation>%1 (requiere aprobación)</translation>
    </message>
    <message>
        <source>promised %1 by %2, paid %3</source>
        <translation>prometió %1 para el %2, pagó %3</translation>
    </message>
    <message>
        <source>follow-up set for %1</source>
        <translation>seguimiento previsto para el %1</translation>
    </message>
    <message>
        <source>follow-up set for %1: %2</source>
        <translation>seguimiento previsto para el %1: %2</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>requiere aprobación</translation>
    </message>
    <message>
        <source>usual channel blocked for this customer</source>
        <translation>canal habitual bloqueado para este cliente</translation>
    </message>
    <message>
        <source>every channel is blocked for this customer</source>
        <translation>todos los canales están bloqueados para este cliente</translation>
    </message>
    <message>
        <source>paused: disputed</source>
        <translation>en pausa: en disputa</translation>
    </message>
    <message>
        <source>paused: promise to pay</source>
        <translation>en pausa: promesa de pago</translation>
    </message>
    <message>
        <source>paused for this customer</source>
        <translation>en pausa para este cliente</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>vence en %1 días</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>vence mañana</translation>
    </message>
    <message>
        <source>1 day past due</source>
        <translation>1 día de atraso</translation>
    </message>
    <message>
        <source>%1 days past due</source>
        <translation>%1 días de atraso</translation>
    </message>
    <message>
        <source>Send the late fee warning</source>
        <translation>Enviar la advertencia de recargo</translation>
    </message>
    <message>
        <source>Send the final notice</source>
        <translation>Enviar el último aviso</translation>
    </message>
    <message>
        <source>Send the letter before legal action</source>
        <translation>Enviar la carta previa a acciones legales</translation>
    </message>
    <message>
        <source>Broken payment plan: get in touch</source>
        <translation>Plan de pagos incumplido: póngase en contacto</translation>
    </message>
    <message>
        <source>plan %1: installment %2 due %3 not paid</source>
        <translation>plan %1: cuota %2 con vencimiento %3 sin pagar</translation>
    </message>
    <message>
        <source>paused: payment plan on track</source>
        <translation>en pausa: plan de pagos al día</translation>
    </message>
    <message>
        <source>paused: with a collection agency</source>
        <translation>en pausa: con una agencia de cobros</translation>
    </message>
    <message>
        <source>paused: in legal action</source>
        <translation>en pausa: en vía judicial</translation>
    </message>
</context>
<context>
    <name>WorklistCommand</name>
    <message>
        <source>Show what needs doing as of a date: reminders, calls, broken promises, follow-ups.</source>
        <translation>Mostrar lo que hay que hacer a una fecha: recordatorios, llamadas, promesas incumplidas, seguimientos.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The date of the worklist, YYYY-MM-DD (default: today).</source>
        <translation>La fecha de la lista de tareas, AAAA-MM-DD (por omisión: hoy).</translation>
    </message>
    <message>
        <source>table (the default), csv (customer_ref,debt_ref,step,action,days_past_due,open_amount,reason; one line per debt) or json.</source>
        <translation>table (por omisión), csv (customer_ref,debt_ref,step,action,days_past_due,open_amount,reason; una línea por deuda) o json.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>give one BOOK file.</source>
        <translation>indique un solo archivo BOOK.</translation>
    </message>
    <message>
        <source>--format must be “table”, “csv” or “json”, not “%1”.</source>
        <translation>--format debe ser “table”, “csv” o “json”, no “%1”.</translation>
    </message>
    <message>
        <source>1 task as of %1.</source>
        <translation>1 tarea al %1.</translation>
    </message>
    <message>
        <source>%1 tasks as of %2.</source>
        <translation>%1 tareas al %2.</translation>
    </message>
</context>
<context>
    <name>WriteOffCommand</name>
    <message>
        <source>Write a sale off as bad debt, or report what is written off and recovered.</source>
        <translation>Castigar una venta como incobrable, o informar de lo castigado y lo recuperado.</translation>
    </message>
    <message>
        <source>The book file.</source>
        <translation>El archivo del libro.</translation>
    </message>
    <message>
        <source>The sale&apos;s reference (not with --report).</source>
        <translation>La referencia de la venta (no con --report).</translation>
    </message>
    <message>
        <source>Why the sale is written off (kept with it).</source>
        <translation>Por qué se castiga la venta (se guarda con ella).</translation>
    </message>
    <message>
        <source>The day of the write-off (default: today).</source>
        <translation>El día del castigo (por omisión: hoy).</translation>
    </message>
    <message>
        <source>List every sale written off, what was recovered on it and what stays written off, as CSV.</source>
        <translation>Listar cada venta castigada, lo recuperado de ella y lo que sigue castigado, en CSV.</translation>
    </message>
    <message>
        <source>give BOOK DEBT --reason TEXT, or BOOK --report.</source>
        <translation>indique BOOK DEBT --reason TEXT, o BOOK --report.</translation>
    </message>
    <message>
        <source>Wrote off %1 on the sale %2 as bad debt; money recovered later is recorded with recoup-cli recover.</source>
        <translation>Se castigaron %1 de la venta %2 como incobrables; el dinero que se recupere más adelante se registra con recoup-cli recover.</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>Write off</source>
        <translation>Castigar</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>A&amp;mount recovered</source>
        <translation>&amp;Importe recuperado</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>Pagado &amp;por</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>R&amp;eferencia</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
</context>
<context>
    <name>WriteOffService</name>
    <message>
        <source>The sale %1 was made on %2; it cannot be written off before.</source>
        <translation>La venta %1 se hizo el %2; no se puede castigar antes de esa fecha.</translation>
    </message>
    <message>
        <source>Say why the sale is written off as bad debt; the reason is kept with it.</source>
        <translation>Diga por qué se castiga la venta como incobrable; el motivo se guarda con ella.</translation>
    </message>
    <message>
        <source>Nothing is owed on the sale %1, so there is nothing to write off.</source>
        <translation>No se debe nada de la venta %1, así que no hay nada que castigar.</translation>
    </message>
    <message>
        <source>Less than the %1 open on the sale %2 today was open on some day after %3; write it off on the day of its last payment or later.</source>
        <translation>Algún día después del %3 quedaba pendiente menos de los %1 que hoy quedan de la venta %2; castíguela el día de su último pago o después.</translation>
    </message>
    <message>
        <source>Nothing is written off on the sale %1; record the customer&apos;s payment as usual.</source>
        <translation>No hay nada castigado de la venta %1; registre el pago del cliente como siempre.</translation>
    </message>
    <message>
        <source>The recovery (%1) is more than is still written off on the sale %2 (%3).</source>
        <translation>Lo recuperado (%1) es más de lo que sigue castigado de la venta %2 (%3).</translation>
    </message>
    <message>
        <source>The sale %1 was written off on %2; money recovered on it is recorded on that day or later.</source>
        <translation>La venta %1 se castigó el %2; el dinero recuperado de ella se registra ese día o después.</translation>
    </message>
    <message>
        <source>Recovered after write-off</source>
        <translation>Recuperado después del castigo</translation>
    </message>
    <message>
        <source>Recovered after write-off: %1</source>
        <translation>Recuperado después del castigo: %1</translation>
    </message>
</context>
<context>
    <name>recoup::AboutDialog</name>
    <message>
        <source>About Recoup</source>
        <translation>Acerca de Recoup</translation>
    </message>
    <message>
        <source>Recoup %1</source>
        <translation>Recoup %1</translation>
    </message>
    <message>
        <source>Receivables and polite collections for small businesses.
Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Recoup comes with no warranty.
Built with Qt %1, running on Qt %2.</source>
        <translation>Cuentas por cobrar y cobranza cortés para pequeños negocios.
Licencia: GNU General Public License, versión 3 o posterior (GPL-3.0-or-later). Recoup se ofrece sin ninguna garantía.
Compilado con Qt %1, funcionando con Qt %2.</translation>
    </message>
    <message>
        <source>No book is open. This version of Recoup writes books of format version %1.</source>
        <translation>No hay ningún libro abierto. Esta versión de Recoup escribe libros con la versión de formato %1.</translation>
    </message>
    <message>
        <source>Book: %1
Book format: version %2 (this version of Recoup writes version %3)</source>
        <translation>Libro: %1
Formato del libro: versión %2 (esta versión de Recoup escribe la versión %3)</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain: %n record(s), head %1</source>
        <translation>
            <numerusform>Cadena de auditoría: %n registro, cabeza %1</numerusform>
            <numerusform>Cadena de auditoría: %n registros, cabeza %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recoup::AgencyDialog</name>
    <message>
        <source>Sale %1 with %2</source>
        <translation>Venta %1 con %2</translation>
    </message>
    <message>
        <source>Referred on %1 at %2% commission; collected so far %3, commission %4.</source>
        <translation>Pasada el %1 con un %2% de comisión; cobrado hasta ahora %3, comisión %4.</translation>
    </message>
    <message>
        <source>Left empty: the agency&apos;s %1% of the amount.</source>
        <translation>Si se deja vacío: el %1% del importe para la agencia.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Refer sale %1 to a collection agency</source>
        <translation>Pasar la venta %1 a una agencia de cobros</translation>
    </message>
    <message>
        <source>%1 open. While the agency has it, the sale&apos;s reminders wait.</source>
        <translation>%1 pendiente. Mientras la tenga la agencia, los recordatorios de la venta esperan.</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Pasar a la agencia</translation>
    </message>
</context>
<context>
    <name>recoup::AgingBarChart</name>
    <message>
        <source>Aging buckets</source>
        <translation>Tramos de antigüedad</translation>
    </message>
</context>
<context>
    <name>recoup::AgingPage</name>
    <message>
        <source>Show all customers</source>
        <translation>Mostrar todos los clientes</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;Fecha de corte</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>By due date</source>
        <translation>Por vencimiento</translation>
    </message>
    <message>
        <source>By issue date</source>
        <translation>Por fecha de emisión</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>Receivable %1 · overdue %2 (%3 %) · %4 customers</source>
        <translation>Por cobrar %1 · vencido %2 (%3 %) · %4 clientes</translation>
    </message>
    <message>
        <source> · credit held %1</source>
        <translation> · saldo a favor %1</translation>
    </message>
    <message>
        <source>Showing customers with an amount in %1.</source>
        <translation>Se muestran los clientes con importe en %1.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Export the aging</source>
        <translation>Exportar la antigüedad de saldos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the aging as PDF</source>
        <translation>Guardar la antigüedad de saldos como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Computing the aging…</source>
        <translation>Calculando la antigüedad de saldos…</translation>
    </message>
    <message>
        <source>Aging by customer</source>
        <translation>Antigüedad por cliente</translation>
    </message>
    <message>
        <source>End of last &amp;month</source>
        <translation>Fin del &amp;mes anterior</translation>
    </message>
    <message>
        <source>Age by</source>
        <translation>Antigüedad según</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
</context>
<context>
    <name>recoup::AgingTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Click to show only the customers with an amount in this column</source>
        <translation>Haga clic para mostrar solo los clientes con importe en esta columna</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>recoup::BookMenu</name>
    <message>
        <source>&amp;New book…</source>
        <translation>&amp;Nuevo libro…</translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation>&amp;Abrir libro…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Close book</source>
        <translation>&amp;Cerrar libro</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent books</source>
        <translation>No hay libros recientes</translation>
    </message>
    <message>
        <source>No longer found, removed from the list: %1</source>
        <translation>Ya no se encuentran y se quitaron de la lista: %1</translation>
    </message>
</context>
<context>
    <name>recoup::BookSwitcher</name>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>No se puede crear la carpeta “%1”.</translation>
    </message>
    <message>
        <source>There is no book at “%1” any more; it was removed from the recent books.</source>
        <translation>Ya no hay ningún libro en “%1”; se quitó de los libros recientes.</translation>
    </message>
    <message>
        <source>Open book</source>
        <translation>Abrir libro</translation>
    </message>
    <message>
        <source>Recoup books (*.recoup);;All files (*)</source>
        <translation>Libros de Recoup (*.recoup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1

The book “%2” stays open.</source>
        <translation>%1

El libro “%2” sigue abierto.</translation>
    </message>
    <message>
        <source>Recoup cannot open “%1”</source>
        <translation>Recoup no puede abrir “%1”</translation>
    </message>
</context>
<context>
    <name>recoup::BusinessDetailsEditor</name>
    <message>
        <source>These details head every receipt, statement and letter Recoup prints, and tell customers how to pay you.</source>
        <translation>Estos datos encabezan cada recibo, extracto y carta que imprime Recoup, e indican a los clientes cómo pagarle.</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Membrete</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>Street and number
Postcode and town</source>
        <translation>Calle y número
Código postal y localidad</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Teléf&amp;ono</translation>
    </message>
    <message>
        <source>as +34 912 345 678</source>
        <translation>como +34 912 345 678</translation>
    </message>
    <message>
        <source>as shop@example.com</source>
        <translation>como tienda@ejemplo.com</translation>
    </message>
    <message>
        <source>&amp;Tax number</source>
        <translation>NI&amp;F</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>How customers pay</source>
        <translation>Cómo pagan los clientes</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>as ES91 2100 0418 4502 0005 1332</source>
        <translation>como ES91 2100 0418 4502 0005 1332</translation>
    </message>
    <message>
        <source>where there is no IBAN</source>
        <translation>donde no hay IBAN</translation>
    </message>
    <message>
        <source>as CAIXESBBXXX</source>
        <translation>como CAIXESBBXXX</translation>
    </message>
    <message>
        <source>https://pay.example.com/?ref={reference}</source>
        <translation>https://pago.ejemplo.com/?ref={reference}</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Calling co&amp;de</source>
        <translation>Prefi&amp;jo telefónico</translation>
    </message>
    <message>
        <source>as 34, for phone numbers without one</source>
        <translation>como 34, para los teléfonos que no lo llevan</translation>
    </message>
    <message>
        <source>&amp;Save business details</source>
        <translation>&amp;Guardar datos del negocio</translation>
    </message>
    <message>
        <source>Saved. Receipts, statements and letters carry these details from now on.</source>
        <translation>Guardado. Los recibos, extractos y cartas llevan estos datos a partir de ahora.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>Este archivo no es una imagen.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elija un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This image is %1 KB; choose one of at most %2 KB.</source>
        <translation>Esta imagen ocupa %1 KB; elija una de %2 KB como máximo.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>Save to keep the new logo.</source>
        <translation>Guarde para conservar el logotipo nuevo.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>Remove lo&amp;go</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <source>Ban&amp;k</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>Cuen&amp;ta</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Pa&amp;yment link</source>
        <translation>Enlace de &amp;pago</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Paí&amp;s</translation>
    </message>
</context>
<context>
    <name>recoup::ContactDialog</name>
    <message>
        <source>Log contact — %1</source>
        <translation>Registrar contacto — %1</translation>
    </message>
    <message>
        <source>The local time of the contact, as HH:MM; leave it empty if unknown.</source>
        <translation>La hora local del contacto, como HH:MM; déjela vacía si no la sabe.</translation>
    </message>
    <message>
        <source>What was said, in a few words</source>
        <translation>Lo que se dijo, en pocas palabras</translation>
    </message>
    <message>
        <source>by</source>
        <translation>para el</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Seguimiento el</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>C&amp;uándo</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Promised</source>
        <translation>&amp;Prometido</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>%1 Save again to log it anyway.</source>
        <translation>%1 Guarde de nuevo para registrarlo de todos modos.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Guardar de &amp;todos modos</translation>
    </message>
    <message>
        <source>Time of the contact</source>
        <translation>Hora del contacto</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Prometido para</translation>
    </message>
</context>
<context>
    <name>recoup::ContactLimitsEditor</name>
    <message>
        <source>Recoup warns before a contact would break one of these limits. The defaults follow the US rule for consumer debts: at most 7 call attempts in 7 days about one debt, and no contact before 08:00 or after 21:00 in the customer&apos;s time.</source>
        <translation>Recoup avisa antes de que un contacto supere uno de estos límites. Los valores por omisión siguen la norma de EE. UU. para deudas de consumo: como máximo 7 intentos de llamada en 7 días sobre una deuda, y ningún contacto antes de las 08:00 ni después de las 21:00 en la hora del cliente.</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> llamadas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <source>Contact between</source>
        <translation>Contactar entre</translation>
    </message>
    <message>
        <source>&amp;Save limits</source>
        <translation>&amp;Guardar límites</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>recoup::CreditHoldDialog</name>
    <message>
        <source>Resume credit — %1</source>
        <translation>Reanudar el crédito — %1</translation>
    </message>
    <message>
        <source>Credit stopped since %1: %2</source>
        <translation>Crédito suspendido desde el %1: %2</translation>
    </message>
    <message>
        <source>Why credit is given again</source>
        <translation>Por qué se vuelve a dar crédito</translation>
    </message>
    <message>
        <source>Res&amp;ume credit</source>
        <translation>Rea&amp;nudar el crédito</translation>
    </message>
    <message>
        <source>Stop credit — %1</source>
        <translation>Suspender el crédito — %1</translation>
    </message>
    <message>
        <source>A new credit sale for this customer will then need a reason to go ahead; it is kept with the sale.</source>
        <translation>Desde entonces, una nueva venta a crédito a este cliente necesitará un motivo para seguir adelante; se guarda con la venta.</translation>
    </message>
    <message>
        <source>Why credit is stopped</source>
        <translation>Por qué se suspende el crédito</translation>
    </message>
    <message>
        <source>&amp;Stop credit</source>
        <translation>&amp;Suspender el crédito</translation>
    </message>
</context>
<context>
    <name>recoup::CustomerDialog</name>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Left empty, the next free reference is given.</source>
        <translation>Si se deja vacía, se asigna la siguiente referencia libre.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Edit customer — %1</source>
        <translation>Editar cliente — %1</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation>Ese cliente no existe.</translation>
    </message>
</context>
<context>
    <name>recoup::CustomerListModel</name>
    <message>
        <source>Ref. %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source>Days past due of the oldest overdue item</source>
        <translation>Días de atraso de la partida vencida más antigua</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Last paid</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <source>Credit stopped</source>
        <translation>Crédito suspendido</translation>
    </message>
    <message>
        <source>With agency</source>
        <translation>Con agencia</translation>
    </message>
    <message>
        <source>In legal</source>
        <translation>En vía judicial</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Castigado</translation>
    </message>
    <message>
        <source>Credit stopped, a sale with a collection agency or in legal action, a sale written off</source>
        <translation>Crédito suspendido, una venta con una agencia de cobros o en vía judicial, una venta castigada</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>recoup::CustomerPage</name>
    <message>
        <source>Statement…</source>
        <translation>Extracto…</translation>
    </message>
    <message>
        <source>This customer cannot be shown</source>
        <translation>No se puede mostrar este cliente</translation>
    </message>
    <message>
        <source>The timeline cannot be shown. %1</source>
        <translation>No se puede mostrar el historial. %1</translation>
    </message>
    <message>
        <source>&lt; Customers   %1</source>
        <translation>&lt; Clientes   %1</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation>Anular asiento</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Partidas pendientes</translation>
    </message>
    <message>
        <source>Nothing open: every sale is paid. New sale with Ctrl+N.</source>
        <translation>No hay nada pendiente: todas las ventas están pagadas. Nueva venta con Ctrl+N.</translation>
    </message>
    <message>
        <source>The open items cannot be shown. %1</source>
        <translation>No se pueden mostrar las partidas pendientes. %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>ref. %1</translation>
    </message>
    <message>
        <source>Credit limit %1</source>
        <translation>Límite de crédito %1</translation>
    </message>
    <message>
        <source>No credit limit</source>
        <translation>Sin límite de crédito</translation>
    </message>
    <message>
        <source>Unapplied credit %1 (goes to the next sale)</source>
        <translation>Saldo a favor %1 (se aplica a la próxima venta)</translation>
    </message>
    <message>
        <source>Overdue %1 (%2)</source>
        <translation>Vencido %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nada vencido</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Show &amp;paid sales</source>
        <translation>Mostrar ventas &amp;pagadas</translation>
    </message>
    <message>
        <source>List paid sales too, to see their history or reverse a payment on them.</source>
        <translation>Listar también las ventas pagadas, para ver su historial o anular un pago hecho sobre ellas.</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>A call, visit, letter or message: its outcome, a note and a follow-up date.</source>
        <translation>Una llamada, visita, carta o mensaje: su resultado, una nota y una fecha de seguimiento.</translation>
    </message>
    <message>
        <source>Open a dispute about the selected sale, or resolve its open dispute.</source>
        <translation>Abra una disputa sobre la venta seleccionada, o resuelva su disputa abierta.</translation>
    </message>
    <message>
        <source>Standard, gentler or paused reminders for this customer, and channels not to use.</source>
        <translation>Recordatorios normales, más suaves o en pausa para este cliente, y canales que no se deben usar.</translation>
    </message>
    <message>
        <source>Reminders cannot be shown. %1</source>
        <translation>No se pueden mostrar los recordatorios. %1</translation>
    </message>
    <message>
        <source>Step: %1 (%2)</source>
        <translation>Paso: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 waits: %2</source>
        <translation>%1 en espera: %2</translation>
    </message>
    <message>
        <source>No sale paid yet</source>
        <translation>Aún no ha pagado ninguna venta</translation>
    </message>
    <message>
        <source>Pays on time</source>
        <translation>Paga a tiempo</translation>
    </message>
    <message>
        <source>Pays %1 late on average</source>
        <translation>Paga con %1 de retraso en promedio</translation>
    </message>
    <message>
        <source>Promises kept: %1 of %2</source>
        <translation>Promesas cumplidas: %1 de %2</translation>
    </message>
    <message>
        <source>Payment plan…</source>
        <translation>Plan de pagos…</translation>
    </message>
    <message>
        <source>Turn the open sales into installments, each due on its own date.</source>
        <translation>Convierte las ventas pendientes en cuotas, cada una con su propio vencimiento.</translation>
    </message>
    <message>
        <source>Stop credit</source>
        <translation>Suspender el crédito</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Legal step</source>
        <translation>Paso judicial</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Castigar</translation>
    </message>
    <message>
        <source>Refer the selected sale to a collection agency, or record what the agency collected, or recall it.</source>
        <translation>Pasar la venta seleccionada a una agencia de cobros, registrar lo que cobró la agencia o retirársela.</translation>
    </message>
    <message>
        <source>Letter before action, claim filed, judgment, enforcement or claim withdrawn, on the selected sale.</source>
        <translation>Carta previa a la demanda, demanda presentada, sentencia, ejecución o demanda retirada, sobre la venta seleccionada.</translation>
    </message>
    <message>
        <source>Write the selected sale off as bad debt; for a sale written off (shown with paid sales), record money recovered.</source>
        <translation>Castigar la venta seleccionada como incobrable; en una venta castigada (se muestra con las ventas pagadas), registrar el dinero recuperado.</translation>
    </message>
    <message>
        <source>Credit stopped since %1: %2</source>
        <translation>Crédito suspendido desde el %1: %2</translation>
    </message>
    <message>
        <source>Resume credit</source>
        <translation>Reanudar el crédito</translation>
    </message>
    <message>
        <source>Agency collection or recall</source>
        <translation>Cobro o retirada de la agencia</translation>
    </message>
    <message>
        <source>Refer to agency</source>
        <translation>Pasar a la agencia</translation>
    </message>
    <message>
        <source>Record recovery</source>
        <translation>Registrar recuperación</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Preview and print the receipt of the payment selected in the timeline.</source>
        <translation>Muestra e imprime el recibo del pago seleccionado en la cronología.</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Volver a los clientes</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Editar cliente…</translation>
    </message>
    <message>
        <source>Reverse entry…</source>
        <translation>Anular asiento…</translation>
    </message>
    <message>
        <source>Receipt of the payment…</source>
        <translation>Recibo del pago…</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Registrar contacto…</translation>
    </message>
    <message>
        <source>Promise to pay…</source>
        <translation>Promesa de pago…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Disputa…</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Recordatorios…</translation>
    </message>
    <message>
        <source>Stop or resume credit…</source>
        <translation>Suspender o reanudar el crédito…</translation>
    </message>
    <message>
        <source>Collection agency…</source>
        <translation>Agencia de cobranza…</translation>
    </message>
    <message>
        <source>Legal step…</source>
        <translation>Paso judicial…</translation>
    </message>
    <message>
        <source>Write off or recovery…</source>
        <translation>Castigo o recuperación…</translation>
    </message>
    <message>
        <source>Shift</source>
        <comment>the key, as keyboards label it</comment>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <comment>the key, as keyboards label it</comment>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>A statement of this customer&apos;s account as of any date, to preview, print or save.</source>
        <translation>Un extracto de la cuenta de este cliente a cualquier fecha, para ver, imprimir o guardar.</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Mensaje…</translation>
    </message>
    <message>
        <source>A reminder by e-mail, SMS or WhatsApp, from the step&apos;s template.</source>
        <translation>Un recordatorio por correo electrónico, SMS o WhatsApp, con la plantilla del paso.</translation>
    </message>
    <message>
        <source>Pack for agency or court…</source>
        <translation>Dosier para agencia o juzgado…</translation>
    </message>
    <message>
        <source>Pack for agency or court</source>
        <translation>Dosier para agencia o juzgado</translation>
    </message>
    <message>
        <source>One PDF with the statement, contacts, promises, disputes, letters sent and an extract of the audit chain, plus the same as CSV, for a collection agency or a court.</source>
        <translation>Un PDF con el extracto, los contactos, las promesas, las disputas, las cartas enviadas y un extracto de la cadena de auditoría, más lo mismo en CSV, para una agencia de cobro o un juzgado.</translation>
    </message>
</context>
<context>
    <name>recoup::CustomersPage</name>
    <message>
        <source>The customers cannot be shown. %1</source>
        <translation>No se pueden mostrar los clientes. %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>search name, phone, ref ...</source>
        <translation>buscar nombre, teléfono, ref. ...</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 de %2 clientes</translation>
    </message>
    <message>
        <source>No customers yet — Import from a spreadsheet with recoup-cli import, or add one with Ctrl+N.</source>
        <translation>Aún no hay clientes — impórtelos de una hoja de cálculo con recoup-cli import o añada uno con Ctrl+N.</translation>
    </message>
    <message>
        <source>Only the customers at a step of the reminders, or with a dispute, a promise or a plan.</source>
        <translation>Solo los clientes en un paso de los recordatorios, o con una disputa, una promesa o un plan.</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Owing</source>
        <translation>Con deuda</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>At step: %1</source>
        <translation>En el paso: %1</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Promised to pay</source>
        <translation>Prometieron pagar</translation>
    </message>
    <message>
        <source>On a payment plan</source>
        <translation>Con plan de pagos</translation>
    </message>
    <message>
        <source>No customer to show under “%1”.</source>
        <translation>No hay clientes que mostrar en «%1».</translation>
    </message>
    <message>
        <source>Credit stopped</source>
        <translation>Crédito suspendido</translation>
    </message>
    <message>
        <source>With a collection agency</source>
        <translation>Con una agencia de cobranza</translation>
    </message>
    <message>
        <source>In legal</source>
        <translation>En vía legal</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dados de baja</translation>
    </message>
    <message>
        <source>No customer matches “%1”. Check the spelling, search by phone or reference, or press Ctrl+N to add “%1” as a new customer.</source>
        <translation>Ningún cliente coincide con “%1”. Revise la ortografía, busque por teléfono o referencia, o pulse Ctrl+N para añadir “%1” como cliente nuevo.</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
</context>
<context>
    <name>recoup::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>A&amp;s of</source>
        <translation>Fecha de c&amp;orte</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Ho&amp;y</translation>
    </message>
    <message>
        <source>Biggest debtors</source>
        <translation>Mayores deudores</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Aging at each month-end</source>
        <translation>Antigüedad de saldos a cada fin de mes</translation>
    </message>
    <message>
        <source>Sold on credit and collected, by month</source>
        <translation>Vendido a crédito y cobrado, por mes</translation>
    </message>
    <message>
        <source>Total receivable</source>
        <translation>Total por cobrar</translation>
    </message>
    <message>
        <source>What customers owe as of the date: the open amounts of the aging, before customers&apos; credit.</source>
        <translation>Lo que deben los clientes a la fecha: los importes pendientes de la antigüedad de saldos, antes del crédito de los clientes.</translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Crédito de clientes</translation>
    </message>
    <message>
        <source>Payments not yet applied to a sale, as of the date: shown apart, never taken off the receivable.</source>
        <translation>Pagos aún no aplicados a una venta, a la fecha: se muestran aparte y nunca se restan de lo por cobrar.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Open amounts past their due date, and their share of all open amounts.</source>
        <translation>Importes pendientes pasado su vencimiento y su parte del total pendiente.</translation>
    </message>
    <message>
        <source>Days sales outstanding (countback)</source>
        <translation>DSO (días de cobro), método de retroceso</translation>
    </message>
    <message>
        <source>Open receivables matched against the latest months&apos; credit sales, newest first: each month fully covered counts all its days, the rest a fraction of a month.</source>
        <translation>Saldos por cobrar pendientes comparados con las ventas a crédito de los últimos meses, de la más reciente a la más antigua: cada mes cubierto por completo cuenta todos sus días; el resto, una fracción de mes.</translation>
    </message>
    <message>
        <source>DSO (simple, 90 days)</source>
        <translation>DSO (días de cobro), simple, 90 días</translation>
    </message>
    <message>
        <source>Open receivables ÷ credit sales of the last 90 days × 90.</source>
        <translation>Saldos por cobrar pendientes ÷ ventas a crédito de los últimos 90 días × 90.</translation>
    </message>
    <message>
        <source>Collection effectiveness</source>
        <translation>Índice de eficacia de cobro (CEI)</translation>
    </message>
    <message>
        <source>CEI = (receivables at the start + credit sales − receivables at the end) ÷ (receivables at the start + credit sales − current receivables at the end) × 100. Over the last full month.</source>
        <translation>CEI = (por cobrar al inicio + ventas a crédito − por cobrar al final) ÷ (por cobrar al inicio + ventas a crédito − por cobrar al corriente al final) × 100. Sobre el último mes completo.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>nothing to collect</source>
        <translation>nada por cobrar</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <source>%1 % of the receivable</source>
        <translation>%1 % de lo pendiente de cobro</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
</context>
<context>
    <name>recoup::DebtDialog</name>
    <message>
        <source>New sale — %1</source>
        <translation>Nueva venta — %1</translation>
    </message>
    <message>
        <source>Left empty, the next free reference is given.</source>
        <translation>Si se deja vacía, se asigna la siguiente referencia libre.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation>Ese cliente no existe.</translation>
    </message>
    <message>
        <source>The due date is before the issue date.</source>
        <translation>El vencimiento es anterior a la fecha de emisión.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Days of credit</source>
        <translation>Días de crédito</translation>
    </message>
</context>
<context>
    <name>recoup::DisputeDialog</name>
    <message>
        <source>Resolve the dispute — %1</source>
        <translation>Resolver la disputa — %1</translation>
    </message>
    <message>
        <source>Dispute — %1</source>
        <translation>Disputa — %1</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <source>&amp;Open dispute</source>
        <translation>&amp;Abrir disputa</translation>
    </message>
    <message>
        <source>The customer&apos;s reason, in their words</source>
        <translation>El motivo del cliente, en sus palabras</translation>
    </message>
    <message>
        <source>The part of the sale in dispute; all that is open if left empty.</source>
        <translation>La parte de la venta en disputa; todo lo pendiente si se deja vacío.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Amount disputed</source>
        <translation>&amp;Importe en disputa</translation>
    </message>
    <message>
        <source>Opened o&amp;n</source>
        <translation>Abierta &amp;el</translation>
    </message>
    <message>
        <source>While the dispute is open, no reminder is asked for this sale; it is still aged.</source>
        <translation>Mientras la disputa esté abierta, no se pide ningún recordatorio para esta venta; sigue contando en la antigüedad.</translation>
    </message>
    <message>
        <source>%1 disputed on %2: “%3”</source>
        <translation>%1 en disputa desde el %2: «%3»</translation>
    </message>
    <message>
        <source>For the &amp;shop: the sale is owed as it stands, reminders resume</source>
        <translation>A favor del ne&amp;gocio: la venta se debe tal como está, los recordatorios continúan</translation>
    </message>
    <message>
        <source>For the &amp;customer: take this amount off the sale</source>
        <translation>A favor del &amp;cliente: descontar este importe de la venta</translation>
    </message>
    <message>
        <source>How it was settled</source>
        <translation>Cómo se resolvió</translation>
    </message>
    <message>
        <source>&amp;Amount conceded</source>
        <translation>&amp;Importe concedido</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Resolved &amp;on</source>
        <translation>Resuelta &amp;el</translation>
    </message>
</context>
<context>
    <name>recoup::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Statements for a month</source>
        <translation>Extractos de un mes</translation>
    </message>
    <message>
        <source>One PDF per c&amp;ustomer</source>
        <translation>Un PDF por c&amp;liente</translation>
    </message>
    <message>
        <source>All in &amp;one PDF</source>
        <translation>Todo en un P&amp;DF</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Extractos</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Fol&amp;der</source>
        <translation>Car&amp;peta</translation>
    </message>
    <message>
        <source>Make s&amp;tatements</source>
        <translation>&amp;Hacer extractos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Statements go to every customer with a balance on the month&apos;s last day; each file is recorded in the register below.</source>
        <translation>Los extractos van a cada cliente con saldo el último día del mes; cada archivo queda anotado en el registro de abajo.</translation>
    </message>
    <message>
        <source>Register of what was sent</source>
        <translation>Registro de lo enviado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Carpeta para los extractos</translation>
    </message>
    <message>
        <source>Choose a folder the statements can be written to.</source>
        <translation>Elija una carpeta donde se puedan escribir los extractos.</translation>
    </message>
    <message>
        <source>%1 of %2 statements written…</source>
        <translation>%1 de %2 extractos escritos…</translation>
    </message>
    <message>
        <source>Reading the book as of %1…</source>
        <translation>Leyendo el libro al %1…</translation>
    </message>
    <message>
        <source>Stopping after the statement in hand…</source>
        <translation>Deteniendo tras el extracto en curso…</translation>
    </message>
    <message>
        <source>The statements could not be made: %1</source>
        <translation>No se pudieron hacer los extractos: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 statements written to %3 and recorded.</source>
        <translation>Cancelado: %1 de %2 extractos escritos en %3 y anotados.</translation>
    </message>
    <message>
        <source>No customer has a balance on that day: there is no statement to make.</source>
        <translation>Ningún cliente tiene saldo ese día: no hay extractos que hacer.</translation>
    </message>
    <message>
        <source>%1 statements written to %2 (%3 files) and recorded in the register.</source>
        <translation>%1 extractos escritos en %2 (%3 archivos) y anotados en el registro.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Register and outbox</source>
        <translation>Registro y bandeja de salida</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
</context>
<context>
    <name>recoup::FeePlanModel</name>
    <message>
        <source>Interest (the minimum)</source>
        <translation>Intereses (el mínimo)</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Late fee (up to the cap)</source>
        <translation>Recargo por mora (hasta el tope)</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Recargo por mora</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Charged on</source>
        <translation>Calculado sobre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Partida nueva</translation>
    </message>
</context>
<context>
    <name>recoup::LadderDialog</name>
    <message>
        <source>Reminders — %1</source>
        <translation>Recordatorios — %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>S&amp;tandard: the book&apos;s steps, on their days</source>
        <translation>&amp;Normal: los pasos del libro, en sus días</translation>
    </message>
    <message>
        <source>&amp;Gentler: each step after the due date comes later</source>
        <translation>Más &amp;suave: cada paso después del vencimiento llega más tarde</translation>
    </message>
    <message>
        <source>&amp;Paused: no reminders or calls for now</source>
        <translation>En &amp;pausa: sin recordatorios ni llamadas por ahora</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>No usar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>recoup::LegalDialog</name>
    <message>
        <source>Legal step on sale %1</source>
        <translation>Paso judicial sobre la venta %1</translation>
    </message>
    <message>
        <source>Last step: %1 on %2. The sale&apos;s reminders wait until the claim is withdrawn.</source>
        <translation>Último paso: %1 el %2. Los recordatorios de la venta esperan hasta que se retire la demanda.</translation>
    </message>
    <message>
        <source>%1 open. From this step on the sale&apos;s reminders wait.</source>
        <translation>%1 pendiente. Desde este paso, los recordatorios de la venta esperan.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>recoup::MailRun</name>
    <message>
        <source>Set up the mail server first: Settings &gt; E-mail.</source>
        <translation>Configure primero el servidor de correo: Configuración &gt; Correo electrónico.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) queued today, each with its letter as a PDF.</source>
        <translation>
            <numerusform>%n recordatorio puesto en cola hoy, con su carta en PDF.</numerusform>
            <numerusform>%n recordatorios puestos en cola hoy, cada uno con su carta en PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent, %1 failed (kept to try again).</source>
        <translation>
            <numerusform>%n mensaje enviado, %1 fallidos (guardados para reintentarlo).</numerusform>
            <numerusform>%n mensajes enviados, %1 fallidos (guardados para reintentarlo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were interrupted while sending: check the mailbox&apos;s sent folder before retrying.</source>
        <translation>
            <numerusform>%n mensaje se interrumpió durante el envío: mire la carpeta de enviados del buzón antes de reintentarlo.</numerusform>
            <numerusform>%n mensajes se interrumpieron durante el envío: mire la carpeta de enviados del buzón antes de reintentarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail address: %1.</source>
        <translation>Sin dirección de correo: %1.</translation>
    </message>
    <message>
        <source>Waiting for your approval on Today: %1.</source>
        <translation>Esperan su aprobación en Hoy: %1.</translation>
    </message>
    <message>
        <source>Not sent, kept to try again: %1</source>
        <translation>No enviado, guardado para reintentarlo: %1</translation>
    </message>
    <message>
        <source>Sent to %1: “%2”.</source>
        <translation>Enviado a %1: “%2”.</translation>
    </message>
</context>
<context>
    <name>recoup::MailSettingsEditor</name>
    <message>
        <source>Reminders and statements go by e-mail through your mail server. The password is kept in your desktop&apos;s keychain, never in the book.</source>
        <translation>Los recordatorios y los extractos se envían por correo electrónico a través de su servidor de correo. La contraseña se guarda en el llavero de su escritorio, nunca en el libro.</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.ejemplo.com</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>If this desktop has no keychain, &amp;keep it in a file without encryption</source>
        <translation>Si este escritorio no tiene llavero, &amp;guardarla en un archivo sin cifrar</translation>
    </message>
    <message>
        <source>only for a server with its own certificate</source>
        <translation>solo para un servidor con certificado propio</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Se&amp;guridad</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Contrase&amp;ña</translation>
    </message>
    <message>
        <source>Send &amp;from (address)</source>
        <translation>Enviar &amp;desde (dirección)</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name</source>
        <translation>&amp;Nombre del remitente</translation>
    </message>
    <message>
        <source>Certificate f&amp;ile</source>
        <translation>Arc&amp;hivo de certificado</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Enviar un mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>Sa&amp;ve mail settings</source>
        <translation>Guardar la configuración de co&amp;rreo</translation>
    </message>
    <message>
        <source>The settings were saved, but not the password: %1</source>
        <translation>Se guardó la configuración, pero no la contraseña: %1</translation>
    </message>
    <message>
        <source> The password is kept %1.</source>
        <translation> La contraseña se guarda %1.</translation>
    </message>
    <message>
        <source>Mail settings saved.</source>
        <translation>Configuración de correo guardada.</translation>
    </message>
    <message>
        <source>There is no password for %1 yet: type it, then send the test again.</source>
        <translation>Aún no hay contraseña para %1: escríbala y envíe de nuevo la prueba.</translation>
    </message>
    <message>
        <source>Recoup: a test message</source>
        <translation>Recoup: un mensaje de prueba</translation>
    </message>
    <message>
        <source>This message was sent by Recoup to check the mail settings of your book. Your reminders will go out the same way.</source>
        <translation>Recoup envió este mensaje para comprobar la configuración de correo de su libro. Sus recordatorios saldrán de la misma manera.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Enviando un mensaje de prueba a %1…</translation>
    </message>
    <message>
        <source>A test message was sent to %1: look for it in that mailbox.</source>
        <translation>Se envió un mensaje de prueba a %1: búsquelo en ese buzón.</translation>
    </message>
</context>
<context>
    <name>recoup::MainWindow</name>
    <message>
        <source>The book&apos;s totals cannot be read. %1</source>
        <translation>No se pueden leer los totales del libro. %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Match bank and mobile money deposits to customer payments, and close the month.</source>
        <translation>Empareje los depósitos bancarios y de dinero móvil con los pagos de los clientes, y cierre el mes.</translation>
    </message>
    <message>
        <source>Total receivable %1 · overdue %2 (%3 %) · customer credit %4</source>
        <translation>Total por cobrar %1 · vencido %2 (%3 %) · crédito de clientes %4</translation>
    </message>
    <message>
        <source>Recoup cannot create the folder for its book, “%1”.</source>
        <translation>Recoup no puede crear la carpeta para su libro, “%1”.</translation>
    </message>
    <message>
        <source>Read-only: %1 Changes cannot be saved.</source>
        <translation>Solo lectura: %1 No se pueden guardar cambios.</translation>
    </message>
    <message>
        <source>Read-only book</source>
        <translation>Libro de solo lectura</translation>
    </message>
    <message>
        <source>1 task waits</source>
        <translation>1 tarea pendiente</translation>
    </message>
    <message>
        <source>%1 tasks wait</source>
        <translation>%1 tareas pendientes</translation>
    </message>
    <message>
        <source>The demo book could not be made</source>
        <translation>No se pudo crear el libro de demostración</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 vencidos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>On Today</source>
        <translation>En Hoy</translation>
    </message>
    <message>
        <source>On a customer&apos;s page</source>
        <translation>En la página de un cliente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>On the aging</source>
        <translation>En la antigüedad de saldos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation>&amp;Buscar cliente…</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>Anywhere; a new sale on a customer&apos;s page</source>
        <translation>En cualquier lugar; una venta nueva en la página de un cliente</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
    </message>
    <message>
        <source>On Customers and a customer&apos;s page</source>
        <translation>En Clientes y en la página de un cliente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Recoup</source>
        <translation>&amp;Acerca de Recoup</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>New sale…</source>
        <translation>Nueva venta…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 customer overdue</source>
        <translation>1 cliente con deuda vencida</translation>
    </message>
    <message>
        <source>%1 customers overdue</source>
        <translation>%1 clientes con deuda vencida</translation>
    </message>
    <message>
        <source>Close the &amp;books…</source>
        <translation>Cerrar los &amp;libros…</translation>
    </message>
</context>
<context>
    <name>recoup::MonthlyFlowChart</name>
    <message>
        <source>Sold on credit</source>
        <translation>Vendido a crédito</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Sold on credit and paid, by month</source>
        <translation>Vendido a crédito y pagado, por mes</translation>
    </message>
</context>
<context>
    <name>recoup::NewBookDialog</name>
    <message>
        <source>New book</source>
        <translation>Nuevo libro</translation>
    </message>
    <message>
        <source>A book keeps one business&apos;s customers, sales and payments, in one file.</source>
        <translation>Un libro guarda los clientes, las ventas y los pagos de un negocio, en un solo archivo.</translation>
    </message>
    <message>
        <source>as on your receipts, e.g. Corner Hardware</source>
        <translation>como en sus recibos, p. ej. Ferretería La Esquina</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Business name</source>
        <translation>&amp;Nombre del negocio</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Every amount in the book is in this currency; it cannot change later.</source>
        <translation>Todos los importes del libro están en esta moneda; no se puede cambiar después.</translation>
    </message>
    <message>
        <source>&amp;Create book</source>
        <translation>&amp;Crear libro</translation>
    </message>
    <message>
        <source>Recoup books (*.recoup)</source>
        <translation>Libros de Recoup (*.recoup)</translation>
    </message>
    <message>
        <source>Enter where the book goes: a file name ending in .recoup.</source>
        <translation>Indique dónde va el libro: un nombre de archivo que termine en .recoup.</translation>
    </message>
</context>
<context>
    <name>recoup::OpenItemsModel</name>
    <message>
        <source>%1 !</source>
        <translation>%1 !</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atraso</translation>
    </message>
</context>
<context>
    <name>recoup::OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>The server&apos;s words</source>
        <translation>Lo que dijo el servidor</translation>
    </message>
    <message>
        <source>Send due reminders &amp;now</source>
        <translation>E&amp;nviar ahora los recordatorios debidos</translation>
    </message>
    <message>
        <source>Send due reminders now</source>
        <translation>Enviar ahora los recordatorios debidos</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry the chosen message</source>
        <translation>Reintentar el mensaje elegido</translation>
    </message>
    <message>
        <source>Reminders due by e-mail go out with their letter as a PDF; each message sent is recorded in the register and on the debt&apos;s timeline.</source>
        <translation>Los recordatorios por correo salen con su carta en PDF; cada mensaje enviado queda en el registro y en la cronología de la deuda.</translation>
    </message>
    <message>
        <source>%1 (next attempt after %2)</source>
        <translation>%1 (próximo intento después de %2)</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>¿Enviar de nuevo?</translation>
    </message>
    <message>
        <source>The transfer of this message was interrupted: the server may have it already. Look for Message-ID &lt;%1&gt; in the mailbox&apos;s sent folder. Send it again?</source>
        <translation>El envío de este mensaje se interrumpió: puede que el servidor ya lo tenga. Busque el Message-ID &lt;%1&gt; en la carpeta de enviados del buzón. ¿Enviarlo de nuevo?</translation>
    </message>
    <message>
        <source>Set up the mail server first: Settings &gt; E-mail.</source>
        <translation>Configure primero el servidor de correo: Configuración &gt; Correo electrónico.</translation>
    </message>
    <message>
        <source>There is no password for %1 yet: type it in Settings &gt; E-mail, then try again.</source>
        <translation>Todavía no hay contraseña para %1: escríbala en Configuración &gt; Correo electrónico y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Sending the message again…</source>
        <translation>Enviando el mensaje de nuevo…</translation>
    </message>
    <message>
        <source>Queueing the reminders due and sending…</source>
        <translation>Poniendo en cola los recordatorios debidos y enviando…</translation>
    </message>
</context>
<context>
    <name>recoup::PackDialog</name>
    <message>
        <source>Pack for agency or court — %1</source>
        <translation>Dosier para agencia o juzgado — %1</translation>
    </message>
    <message>
        <source>What the pack is about</source>
        <translation>De qué trata el dosier</translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation>Toda la cuenta</translation>
    </message>
    <message>
        <source>Sale %1 — %2</source>
        <translation>Venta %1 — %2</translation>
    </message>
    <message>
        <source>Date of the pack</source>
        <translation>Fecha del dosier</translation>
    </message>
    <message>
        <source>Folder for the pack</source>
        <translation>Carpeta del dosier</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder for the pack</source>
        <translation>Elegir la carpeta del dosier</translation>
    </message>
    <message>
        <source>&amp;Covering</source>
        <translation>&amp;Abarca</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>A &amp;fecha de</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>One PDF with the statement, the contact log, promises, disputes, payment plans, escalation steps, the papers sent and an extract of the audit chain, and beside it a folder with the same as CSV files. The PDF is recorded in the register of what was sent.</source>
        <translation>Un PDF con el extracto, el registro de contactos, las promesas, las disputas, los planes de pago, los pasos de escalado, los documentos enviados y un extracto de la cadena de auditoría, y a su lado una carpeta con lo mismo en archivos CSV. El PDF queda en el registro de lo enviado.</translation>
    </message>
    <message>
        <source>&amp;Make pack</source>
        <translation>&amp;Preparar dosier</translation>
    </message>
    <message>
        <source>Make pack</source>
        <translation>Preparar dosier</translation>
    </message>
    <message>
        <source>Choose a folder for the pack.</source>
        <translation>Elija una carpeta para el dosier.</translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation>Preparando el dosier…</translation>
    </message>
    <message>
        <source>The pack could not be made: %1</source>
        <translation>No se pudo preparar el dosier: %1</translation>
    </message>
    <message>
        <source>The pack is in %1, its CSV files in %2; it is recorded in the register.</source>
        <translation>El dosier está en %1 y sus archivos CSV en %2; queda anotado en el registro.</translation>
    </message>
</context>
<context>
    <name>recoup::PaymentDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Record payment — %1</source>
        <translation>Registrar pago — %1</translation>
    </message>
    <message>
        <source>Owes %1</source>
        <translation>Debe %1</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>That customer does not exist.</source>
        <translation>Ese cliente no existe.</translation>
    </message>
    <message>
        <source>Type an amount to see where it goes.</source>
        <translation>Escriba un importe para ver a qué se aplica.</translation>
    </message>
    <message>
        <source>Correct the split to see where it goes.</source>
        <translation>Corrija el reparto para ver a qué se aplica.</translation>
    </message>
    <message>
        <source>This payment cannot be saved as it is.</source>
        <translation>Este pago no se puede guardar tal como está.</translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation>%1  %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more sale(s)</source>
        <translation>
            <numerusform>y %n venta más</numerusform>
            <numerusform>y %n ventas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is open: all of it is left as credit.</source>
        <translation>No hay nada pendiente: todo queda como saldo a favor.</translation>
    </message>
    <message>
        <source>No sale: all of it is left as credit.</source>
        <translation>Ninguna venta: todo queda como saldo a favor.</translation>
    </message>
    <message>
        <source>Left as credit: %1</source>
        <translation>Queda como saldo a favor: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save and &amp;print receipt  %1</source>
        <translation>Guardar e im&amp;primir recibo  %1</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <source>New balance: %1</source>
        <translation>Nuevo saldo: %1</translation>
    </message>
</context>
<context>
    <name>recoup::PaymentPlanDialog</name>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Guardar plan</translation>
    </message>
    <message>
        <source>Payment plan — %1</source>
        <translation>Plan de pagos — %1</translation>
    </message>
    <message>
        <source>Owes %1</source>
        <translation>Debe %1</translation>
    </message>
    <message>
        <source>%1   due %2   %3 open</source>
        <translation>%1   vence %2   %3 pendiente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Correct the down payment to see the schedule.</source>
        <translation>Corrija el pago inicial para ver el calendario.</translation>
    </message>
    <message>
        <source>Tick the sales the plan is for.</source>
        <translation>Marque las ventas que cubre el plan.</translation>
    </message>
    <message>
        <source>%1 owes nothing, so there is nothing to put on a plan.</source>
        <translation>%1 no debe nada, así que no hay nada que poner en un plan.</translation>
    </message>
    <message>
        <source>This plan cannot be made as it is.</source>
        <translation>Este plan no se puede hacer así.</translation>
    </message>
    <message>
        <source>Down payment (%1)</source>
        <translation>Pago inicial (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1 installments, %2: %3, the balance on the plan</source>
        <translation>%1 cuotas, %2: %3, el saldo del plan</translation>
    </message>
    <message>
        <source>Save the schedule as PDF</source>
        <translation>Guardar el calendario como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>recoup::PeriodCloseDialog</name>
    <message>
        <source>Close the books</source>
        <translation>Cerrar los libros</translation>
    </message>
    <message>
        <source>No entry can be made dated on or before the day the books are closed through, from any door; reopening them needs a reason, kept in the audit log.</source>
        <translation>No se puede hacer ningún asiento con fecha del día hasta el que están cerrados los libros o anterior, por ninguna vía; para reabrirlos hace falta un motivo, que se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>The books are closed through %1 (by %2, %3).</source>
        <translation>Los libros están cerrados hasta el %1 (por %2, el %3).</translation>
    </message>
    <message>
        <source>The books are closed through %1.</source>
        <translation>Los libros están cerrados hasta el %1.</translation>
    </message>
    <message>
        <source>The books are not closed.</source>
        <translation>Los libros no están cerrados.</translation>
    </message>
    <message>
        <source>Close the books &amp;up to the day</source>
        <translation>Cerrar los libros &amp;hasta el día</translation>
    </message>
    <message>
        <source>&amp;Reopen them after the day</source>
        <translation>&amp;Reabrirlos después del día</translation>
    </message>
    <message>
        <source>Reopen them &amp;all</source>
        <translation>Reabrirlos &amp;todos</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Day the books are closed through</source>
        <translation>Día hasta el que se cierran los libros</translation>
    </message>
    <message>
        <source>Why the books are reopened</source>
        <translation>Por qué se reabren los libros</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motivo de la reapertura</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>From then on, no sale, payment or correction dated on or before %1 can be made.</source>
        <translation>A partir de entonces no se puede hacer ninguna venta, pago ni corrección con fecha del %1 o anterior.</translation>
    </message>
    <message>
        <source>Nothing stays closed: entries of any date can be made again.</source>
        <translation>Nada queda cerrado: se pueden hacer de nuevo asientos de cualquier fecha.</translation>
    </message>
    <message>
        <source>The books stay closed through %1; entries dated from %2 on can be made again.</source>
        <translation>Los libros siguen cerrados hasta el %1; se pueden hacer de nuevo asientos con fecha del %2 en adelante.</translation>
    </message>
    <message>
        <source>Reopen the books</source>
        <translation>Reabrir los libros</translation>
    </message>
</context>
<context>
    <name>recoup::PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Recoup.</source>
        <translation>Esta página llegará en una versión posterior de Recoup.</translation>
    </message>
</context>
<context>
    <name>recoup::PolicyEditor</name>
    <message>
        <source>The polite steps Recoup asks for, counted from each sale&apos;s due date. Edit a cell with F2 or a double click; Insert adds a step, Delete removes one. A step already done for a sale stays done when the steps change.</source>
        <translation>Los pasos corteses que Recoup pide, contados desde el vencimiento de cada venta. Edite una celda con F2 o doble clic; Insert añade un paso, Supr quita uno. Un paso ya hecho para una venta sigue hecho cuando cambian los pasos.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Payments made this many days after a promise&apos;s date still count towards it.</source>
        <translation>Los pagos hechos hasta este número de días después de la fecha de una promesa aún cuentan para ella.</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>For customers on the gentler steps, each step after the due date comes this many times later (a step 14 days after comes 28 days after with × 2).</source>
        <translation>Para los clientes con pasos más suaves, cada paso después del vencimiento llega este número de veces más tarde (un paso a los 14 días llega a los 28 días con × 2).</translation>
    </message>
    <message>
        <source>Days of &amp;grace for a promise</source>
        <translation>Días de gracia para una pro&amp;mesa</translation>
    </message>
    <message>
        <source>&amp;Add step   Insert</source>
        <translation>Añadir &amp;paso   Insert</translation>
    </message>
    <message>
        <source>&amp;Default steps</source>
        <translation>Pasos por &amp;omisión</translation>
    </message>
    <message>
        <source>Puts the nine default steps in the editor; nothing is saved until you save.</source>
        <translation>Pone los nueve pasos por omisión en el editor; no se guarda nada hasta que guarde.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>&amp;Save   %1</source>
        <translation>&amp;Guardar   %1</translation>
    </message>
    <message>
        <source>The steps cannot be read. %1</source>
        <translation>No se pueden leer los pasos. %1</translation>
    </message>
    <message>
        <source>Saved. Today&apos;s list follows these steps from now on.</source>
        <translation>Guardado. La lista de Hoy sigue estos pasos desde ahora.</translation>
    </message>
    <message>
        <source>The default steps are in the editor: save to use them.</source>
        <translation>Los pasos por omisión están en el editor: guarde para usarlos.</translation>
    </message>
    <message>
        <source>The steps could not be written to %1: %2</source>
        <translation>No se pudieron escribir los pasos en %1: %2</translation>
    </message>
    <message>
        <source>The saved steps were written to %1.</source>
        <translation>Los pasos guardados se escribieron en %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <source>The steps of %1 are saved in the book.</source>
        <translation>Los pasos de %1 están guardados en el libro.</translation>
    </message>
    <message>
        <source>Export the steps</source>
        <translation>Exportar los pasos</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Archivos de política (*.json)</translation>
    </message>
    <message>
        <source>Save or undo your changes before importing steps.</source>
        <translation>Guarde o deshaga sus cambios antes de importar pasos.</translation>
    </message>
    <message>
        <source>Import steps</source>
        <translation>Importar pasos</translation>
    </message>
    <message>
        <source>Reminder steps</source>
        <translation>Pasos de recordatorio</translation>
    </message>
    <message>
        <source>Gen&amp;tler steps come later</source>
        <translation>Los pasos más &amp;suaves llegan más tarde</translation>
    </message>
    <message>
        <source>Re&amp;move step   Delete</source>
        <translation>&amp;Quitar paso   Supr</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
</context>
<context>
    <name>recoup::PolicyStepsModel</name>
    <message>
        <source>On the due date</source>
        <translation>El día del vencimiento</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 después</translation>
    </message>
    <message>
        <source>Ticked: the step waits on Today until a person approves it.</source>
        <translation>Marcado: el paso espera en Hoy hasta que una persona lo apruebe.</translation>
    </message>
    <message>
        <source>Days from the due date; a negative number is before it.</source>
        <translation>Días desde el vencimiento; un número negativo es antes.</translation>
    </message>
    <message>
        <source>When (from the due date)</source>
        <translation>Cuándo (desde el vencimiento)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Qué se hace</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Approve first</source>
        <translation>Aprobar antes</translation>
    </message>
</context>
<context>
    <name>recoup::PostFeesDialog</name>
    <message>
        <source>Charges to post</source>
        <translation>Cargos por contabilizar</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Contabilizar</translation>
    </message>
    <message>
        <source>&amp;Only %1</source>
        <translation>&amp;Solo %1</translation>
    </message>
    <message>
        <source>Late fees and interest due on %1</source>
        <translation>Recargos por mora e intereses debidos el %1</translation>
    </message>
    <message>
        <source>Nothing new is due today.</source>
        <translation>Hoy no hay nada nuevo debido.</translation>
    </message>
    <message>
        <source>1 charge, %1.</source>
        <translation>1 cargo, %1.</translation>
    </message>
    <message>
        <source>%1 charges, %2 in all.</source>
        <translation>%1 cargos, %2 en total.</translation>
    </message>
</context>
<context>
    <name>recoup::ReceivablesPage</name>
    <message>
        <source>Aging &amp;report</source>
        <translation>Antigüedad de &amp;saldos</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Pa&amp;nel</translation>
    </message>
</context>
<context>
    <name>recoup::ReverseEntryDialog</name>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>Reverse an entry</source>
        <translation>Anular un asiento</translation>
    </message>
    <message>
        <source>Reverse this payment?</source>
        <translation>¿Anular este pago?</translation>
    </message>
    <message>
        <source>Reverse this sale?</source>
        <translation>¿Anular esta venta?</translation>
    </message>
    <message>
        <source>Reverse this allocation?</source>
        <translation>¿Anular esta aplicación?</translation>
    </message>
    <message>
        <source>Reverse this entry?</source>
        <translation>¿Anular este asiento?</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Venta %1</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>referencia %1</translation>
    </message>
    <message>
        <source>Balance after: %1</source>
        <translation>Saldo después: %1</translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed; record the entry again instead.</source>
        <translation>Una anulación no se puede anular; registre de nuevo el asiento.</translation>
    </message>
    <message>
        <source>This entry was reversed already: %1</source>
        <translation>Este asiento ya se anuló: %1</translation>
    </message>
    <message>
        <source>%1 goes back onto sale %2</source>
        <translation>%1 vuelve a la venta %2</translation>
    </message>
    <message>
        <source>%1 of unused credit is taken away</source>
        <translation>Se retiran %1 de saldo a favor sin aplicar</translation>
    </message>
    <message>
        <source>Sale %1 no longer counts</source>
        <translation>La venta %1 deja de contar</translation>
    </message>
    <message>
        <source>%1 paid on %2 returns to the customer&apos;s credit</source>
        <translation>%1 pagado el %2 vuelve al saldo a favor del cliente</translation>
    </message>
    <message>
        <source>The adjustment of %1 is undone</source>
        <translation>Se deshace el ajuste de %1</translation>
    </message>
    <message>
        <source>The write-off of %1 is undone</source>
        <translation>Se deshace el castigo de %1</translation>
    </message>
    <message>
        <source>%1 comes off sale %2 and returns to the customer&apos;s credit</source>
        <translation>%1 sale de la venta %2 y vuelve al saldo a favor del cliente</translation>
    </message>
    <message>
        <source>Only this entry is undone.</source>
        <translation>Solo se deshace este asiento.</translation>
    </message>
</context>
<context>
    <name>recoup::SendMessageDialog</name>
    <message>
        <source>Send a message</source>
        <translation>Enviar un mensaje</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Pa&amp;so</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>&amp;Send e-mail</source>
        <translation>&amp;Enviar correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Open to send</source>
        <translation>&amp;Abrir para enviar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>It &amp;went: log it</source>
        <translation>Se &amp;envió: registrarlo</translation>
    </message>
    <message>
        <source>&amp;Open in WhatsApp</source>
        <translation>&amp;Abrir en WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Open in messages</source>
        <translation>&amp;Abrir en mensajes</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>sin dirección de correo electrónico</translation>
    </message>
    <message numerus="yes">
        <source>%n SMS part(s)</source>
        <translation>
            <numerusform>%n parte de SMS</numerusform>
            <numerusform>%n partes de SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>No program on this computer opens %1 links: copy the message instead.</source>
        <translation>Ningún programa de este ordenador abre enlaces %1: copie el mensaje en su lugar.</translation>
    </message>
    <message>
        <source>Copied. Once it has gone, press “It went”.</source>
        <translation>Copiado. Cuando se haya enviado, pulse “Se envió”.</translation>
    </message>
    <message>
        <source>%1 message sent: %2</source>
        <translation>Mensaje por %1 enviado: %2</translation>
    </message>
    <message>
        <source>Set up the mail server first: Settings &gt; E-mail.</source>
        <translation>Configure primero el servidor de correo: Configuración &gt; Correo electrónico.</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>Still handing the e-mail to the mail server; it is kept in the outbox either way.</source>
        <translation>Todavía se está entregando el correo al servidor; queda guardado en la bandeja de salida en cualquier caso.</translation>
    </message>
</context>
<context>
    <name>recoup::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Reminder steps</source>
        <translation>Pasos de &amp;recordatorio</translation>
    </message>
    <message>
        <source>Contact &amp;limits</source>
        <translation>&amp;Límites de contacto</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Negocio</translation>
    </message>
    <message>
        <source>Aging buckets, users and backups are coming in a later version of Recoup.</source>
        <translation>Los tramos de antigüedad, los usuarios y las copias de seguridad llegarán en una versión posterior de Recoup.</translation>
    </message>
    <message>
        <source>Message tem&amp;plates</source>
        <translation>Plantillas de mensa&amp;jes</translation>
    </message>
    <message>
        <source>&amp;Outgoing e-mail</source>
        <translation>Correo elec&amp;trónico</translation>
    </message>
</context>
<context>
    <name>recoup::ShortcutsDialog</name>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every action is in the menus; these keys reach them directly.</source>
        <translation>Todas las acciones están en los menús; estas teclas llegan a ellas directamente.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menús</translation>
    </message>
    <message>
        <source>Open the %1 menu</source>
        <translation>Abrir el menú %1</translation>
    </message>
</context>
<context>
    <name>recoup::StartWindow</name>
    <message>
        <source>No book open</source>
        <translation>Ningún libro abierto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Recoup</source>
        <translation>&amp;Acerca de Recoup</translation>
    </message>
    <message>
        <source>No book is open</source>
        <translation>No hay ningún libro abierto</translation>
    </message>
    <message>
        <source>Open the book of your business, or make a new one.</source>
        <translation>Abra el libro de su negocio o cree uno nuevo.</translation>
    </message>
    <message>
        <source>Open book…   %1</source>
        <translation>Abrir libro…   %1</translation>
    </message>
    <message>
        <source>New book…   %1</source>
        <translation>Nuevo libro…   %1</translation>
    </message>
    <message>
        <source>&amp;Recent books</source>
        <translation>Libros &amp;recientes</translation>
    </message>
    <message>
        <source>No longer found, removed from the list: %1</source>
        <translation>Ya no se encuentran y se quitaron de la lista: %1</translation>
    </message>
</context>
<context>
    <name>recoup::StatementDialog</name>
    <message>
        <source>Statement — %1</source>
        <translation>Extracto — %1</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;A fecha de</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Periodo &amp;desde</translation>
    </message>
    <message>
        <source>Days overdue are counted to the “as of” day. The period matters for the balance forward and the activity statements.</source>
        <translation>Los días de retraso se cuentan hasta la fecha indicada. El periodo cuenta para los extractos de saldo anterior y de movimientos.</translation>
    </message>
    <message>
        <source>&amp;Preview and print</source>
        <translation>&amp;Vista previa e impresión</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Guardar el extracto como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>recoup::TemplateEditor</name>
    <message>
        <source>Preview for customer</source>
        <translation>Vista previa para el cliente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Merge fields</source>
        <translation>Campos de combinación</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Guardar plantilla</translation>
    </message>
    <message>
        <source>&amp;Default words</source>
        <translation>Texto &amp;predeterminado</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Pa&amp;so</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <source>Fields (double-click to insert)</source>
        <translation>Campos (doble clic para insertar)</translation>
    </message>
    <message>
        <source>Preview &amp;for</source>
        <translation>Vista previa p&amp;ara</translation>
    </message>
    <message>
        <source>Your own words for this step and channel.</source>
        <translation>Su propio texto para este paso y canal.</translation>
    </message>
    <message>
        <source>Recoup&apos;s default words, in the book&apos;s language.</source>
        <translation>El texto predeterminado de Recoup, en el idioma del libro.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>No customer owes anything yet: the preview needs one with open items.</source>
        <translation>Aún no hay ningún cliente que deba algo: la vista previa necesita uno con partidas pendientes.</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2 (Unicode)</source>
        <translation>UCS-2 (Unicode)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) in %1, %2 SMS part(s) of up to %3</source>
        <translation>
            <numerusform>%n carácter en %1, %2 partes de SMS de hasta %3</numerusform>
            <numerusform>%n caracteres en %1, %2 partes de SMS de hasta %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: “%1” by %2 now sends these words.</source>
        <translation>Guardado: “%1” por %2 envía ahora este texto.</translation>
    </message>
    <message>
        <source>Back to Recoup&apos;s default words.</source>
        <translation>Se ha vuelto al texto predeterminado de Recoup.</translation>
    </message>
</context>
<context>
    <name>recoup::TimelineModel</name>
    <message>
        <source>Sale %1</source>
        <translation>Venta %1</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Payment (%1)</source>
        <translation>Pago (%1)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>, ref. %1</source>
        <translation>, ref. %1</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Adjustment: %1</source>
        <translation>Ajuste: %1</translation>
    </message>
    <message>
        <source>Reversal: %1</source>
        <translation>Anulación: %1</translation>
    </message>
    <message>
        <source>Reversed: %1</source>
        <translation>Anulado: %1</translation>
    </message>
    <message>
        <source>%1 — reversed: %2</source>
        <translation>%1 — anulado: %2</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>; follow up on %1</source>
        <translation>; seguimiento el %1</translation>
    </message>
    <message>
        <source>Promise to pay %1 by %2</source>
        <translation>Promesa de pagar %1 para el %2</translation>
    </message>
    <message>
        <source>Dispute over %1: %2</source>
        <translation>Disputa por %1: %2</translation>
    </message>
    <message>
        <source>Dispute resolved for the customer: %1 conceded</source>
        <translation>Disputa resuelta a favor del cliente: %1 concedido</translation>
    </message>
    <message>
        <source>Dispute resolved for the shop: the ladder resumes</source>
        <translation>Disputa resuelta a favor del negocio: la escalera se reanuda</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Skipped: %1 — %2</source>
        <translation>Omitido: %1 — %2</translation>
    </message>
    <message>
        <source>Snoozed to %1: %2</source>
        <translation>Aplazado al %1: %2</translation>
    </message>
    <message>
        <source>Late fee %1 charged as %2</source>
        <translation>Recargo por mora de %1 cargado como %2</translation>
    </message>
    <message>
        <source>Interest %1 for %2 to %3 charged as %4</source>
        <translation>Intereses de %1 del %2 al %3 cargados como %4</translation>
    </message>
    <message>
        <source>Waived %1 (%2): %3</source>
        <translation>Condonado %1 (%2): %3</translation>
    </message>
    <message>
        <source>Payment plan %1 made: %2 in %3 installments, %4 from %5</source>
        <translation>Plan de pagos %1: %2 en %3 cuotas, %4 desde el %5</translation>
    </message>
    <message>
        <source>Down payment %1 of plan %2 due: %3</source>
        <translation>Vence el pago inicial %1 del plan %2: %3</translation>
    </message>
    <message>
        <source>Installment %1 of plan %2 due: %3</source>
        <translation>Vence la cuota %1 del plan %2: %3</translation>
    </message>
    <message>
        <source>Payment plan %1 broken: installment %2 due %3 not paid</source>
        <translation>Plan de pagos %1 incumplido: la cuota %2 con vencimiento el %3 no se pagó</translation>
    </message>
    <message>
        <source>Written off as bad debt</source>
        <translation>Castigado como incobrable</translation>
    </message>
    <message>
        <source>Written off as bad debt: %1</source>
        <translation>Castigado como incobrable: %1</translation>
    </message>
    <message>
        <source>Credit stopped: %1</source>
        <translation>Crédito suspendido: %1</translation>
    </message>
    <message>
        <source>Credit resumed: %1</source>
        <translation>Crédito reanudado: %1</translation>
    </message>
    <message>
        <source>Sold on credit although credit was stopped: %1</source>
        <translation>Vendido a crédito aunque el crédito estaba suspendido: %1</translation>
    </message>
    <message>
        <source>Sold over the credit limit (balance was %1): %2</source>
        <translation>Vendido por encima del límite de crédito (el saldo era %1): %2</translation>
    </message>
    <message>
        <source>Referred to %1 (%2% commission): %3 open</source>
        <translation>Pasada a %1 (%2% de comisión): %3 pendiente</translation>
    </message>
    <message>
        <source>Collected by %1: %2, commission %3 (a collection cost)</source>
        <translation>Cobrado por %1: %2, comisión %3 (un gasto de cobro)</translation>
    </message>
    <message>
        <source>Recalled from %1: %2</source>
        <translation>Retirada de %1: %2</translation>
    </message>
    <message>
        <source>; fee %1</source>
        <translation>; coste %1</translation>
    </message>
    <message>
        <source>Legal: %1</source>
        <translation>Vía judicial: %1</translation>
    </message>
</context>
<context>
    <name>recoup::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Nothing to chase today. Reminders, calls and follow-ups appear here on the day they fall due.</source>
        <translation>Hoy no hay nada que reclamar. Los recordatorios, las llamadas y los seguimientos aparecen aquí el día en que vencen.</translation>
    </message>
    <message>
        <source>Tasks for today</source>
        <translation>Tareas de hoy</translation>
    </message>
    <message>
        <source>&amp;Done   D</source>
        <translation>&amp;Hecho   D</translation>
    </message>
    <message>
        <source>&amp;Skip…   S</source>
        <translation>&amp;Omitir…   S</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…   Z</source>
        <translation>Apla&amp;zar…   Z</translation>
    </message>
    <message>
        <source>Open customer   Enter</source>
        <translation>Abrir cliente   Intro</translation>
    </message>
    <message>
        <source>Tasks: %1    Sales: %2    Open on them: %3</source>
        <translation>Tareas: %1    Ventas: %2    Pendiente en ellas: %3</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Omitir tarea</translation>
    </message>
    <message>
        <source>Why is “%1” for %2 skipped? The reason is kept with the sale&apos;s record.</source>
        <translation>¿Por qué se omite “%1” para %2? El motivo se guarda con el historial de la venta.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dentro de 3 días</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dentro de una semana</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Dentro de dos semanas</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Dentro de un mes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Snooze task</source>
        <translation>Aplazar tarea</translation>
    </message>
    <message>
        <source>Bring “%1” for %2 back on:</source>
        <translation>Volver a mostrar “%1” para %2 el:</translation>
    </message>
    <message>
        <source>Expected over the next 4 weeks: %1 from promises    Collected since %2: %3</source>
        <translation>Previsto en las próximas 4 semanas: %1 de promesas    Cobrado desde el %2: %3</translation>
    </message>
    <message>
        <source>Expected over the next 4 weeks: %1 (installments %2, promises %3)    Collected since %4: %5</source>
        <translation>Previsto en las próximas 4 semanas: %1 (cuotas %2, promesas %3)    Cobrado desde el %4: %5</translation>
    </message>
    <message>
        <source>Posted %1 in late fees and interest; each charge is on its sale&apos;s timeline.</source>
        <translation>Se contabilizaron %1 en recargos por mora e intereses; cada cargo figura en la cronología de su venta.</translation>
    </message>
    <message>
        <source>&amp;Late fees…   F</source>
        <translation>&amp;Recargos…   F</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Tarea hecha</translation>
    </message>
    <message>
        <source>Skip task…</source>
        <translation>Omitir tarea…</translation>
    </message>
    <message>
        <source>Snooze task…</source>
        <translation>Aplazar tarea…</translation>
    </message>
    <message>
        <source>Post late fees…</source>
        <translation>Aplicar recargos…</translation>
    </message>
</context>
<context>
    <name>recoup::WelcomePage</name>
    <message>
        <source>Welcome to Recoup</source>
        <translation>Bienvenido a Recoup</translation>
    </message>
    <message>
        <source>This book has no customers yet. Start in one of these ways:</source>
        <translation>Este libro aún no tiene clientes. Empiece de una de estas formas:</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importar de una hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;Add a customer (Ctrl+N)</source>
        <translation>&amp;Añadir un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the &amp;demo book</source>
        <translation>Abrir el libro de &amp;demostración</translation>
    </message>
    <message>
        <source>Customers, sales and payments saved from your spreadsheet as CSV files (customers.csv, debts.csv and payments.csv in one folder). Everything is checked first; nothing is imported while a line is wrong.</source>
        <translation>Clientes, ventas y pagos guardados desde su hoja de cálculo como archivos CSV (customers.csv, debts.csv y payments.csv en una carpeta). Primero se revisa todo; no se importa nada mientras una línea tenga errores.</translation>
    </message>
    <message>
        <source>Type in the first customer, then record their sales and payments.</source>
        <translation>Escriba el primer cliente y luego registre sus ventas y pagos.</translation>
    </message>
    <message>
        <source>A made-up shop with 200 customers, to try Recoup on. It is a book of its own: this one stays as it is.</source>
        <translation>Una tienda inventada con 200 clientes, para probar Recoup. Es un libro aparte: este queda como está.</translation>
    </message>
    <message>
        <source>The folder with customers.csv, debts.csv and payments.csv</source>
        <translation>La carpeta con customers.csv, debts.csv y payments.csv</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Imported %1 customers, %2 sales and %3 payments.</source>
        <translation>Se importaron %1 clientes, %2 ventas y %3 pagos.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>The files have problems to correct first, so nothing was imported. Correct them in the spreadsheet, save the CSV files again and import the folder once more.</source>
        <translation>Los archivos tienen problemas que hay que corregir primero, así que no se importó nada. Corríjalos en la hoja de cálculo, guarde de nuevo los archivos CSV e importe la carpeta otra vez.</translation>
    </message>
</context>
<context>
    <name>recoup::WorklistModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>recoup::WriteOffDialog</name>
    <message>
        <source>Money recovered on sale %1</source>
        <translation>Dinero recuperado de la venta %1</translation>
    </message>
    <message>
        <source>Written off %1; recovered so far %2; still written off %3.</source>
        <translation>Castigado %1; recuperado hasta ahora %2; sigue castigado %3.</translation>
    </message>
    <message>
        <source>Record &amp;recovery</source>
        <translation>Registrar la &amp;recuperación</translation>
    </message>
    <message>
        <source>Write off sale %1</source>
        <translation>Castigar la venta %1</translation>
    </message>
    <message>
        <source>Nothing is open on this sale, and nothing of it is written off.</source>
        <translation>No queda nada pendiente de esta venta, y nada de ella está castigado.</translation>
    </message>
    <message>
        <source>%1 open goes to bad debt: a write-off entry takes it to zero, reported apart. Money recovered later is recorded here too.</source>
        <translation>%1 pendiente pasa a incobrable: un asiento de castigo lo deja en cero, y se informa aparte. El dinero que se recupere más adelante también se registra aquí.</translation>
    </message>
    <message>
        <source>&amp;Write off</source>
        <translation>&amp;Castigar</translation>
    </message>
</context>
</TS>
