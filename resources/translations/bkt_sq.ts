<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Savings</source>
        <translation>Kursimi</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Rrjedhëse</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Llogaria</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedha</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Gjendja e disponueshme</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Llogaritë</translation>
    </message>
    <message>
        <source>Total per currency: {totals}</source>
        <translation>Totali sipas monedhës: {totals}</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Rifresko</translation>
    </message>
    <message>
        <source>Refresh the accounts</source>
        <translation>Rifresko llogaritë</translation>
    </message>
    <message>
        <source>Press Enter on an account to see its transactions.</source>
        <translation>Shtypni Enter mbi një llogari për të parë veprimet e saj.</translation>
    </message>
    <message>
        <source>Press Enter or double-click an account to see its transactions. Available balance is the balance minus payments not yet booked.</source>
        <translation>Shtypni Enter ose klikoni dy herë mbi një llogari për të parë veprimet e saj. Gjendja e disponueshme është gjendja pa pagesat që ende nuk janë kontabilizuar.</translation>
    </message>
</context>
<context>
    <name>CodeStep</name>
    <message>
        <source>The code is valid for {time}.</source>
        <translation>Kodi është i vlefshëm edhe {time}.</translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new one.</source>
        <translation>Kodi ka skaduar. Kërkoni një kod të ri.</translation>
    </message>
    <message>
        <source>&amp;Resend the code ({seconds} s)</source>
        <translation>&amp;Ridërgo kodin ({seconds} s)</translation>
    </message>
    <message>
        <source>&amp;Resend the code</source>
        <translation>&amp;Ridërgo kodin</translation>
    </message>
    <message>
        <source>Resend the code</source>
        <translation>Ridërgo kodin</translation>
    </message>
    <message>
        <source>Enter the code from the SMS</source>
        <translation>Vendosni kodin nga SMS-ja</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Hyr</translation>
    </message>
    <message>
        <source>We sent a one-time code (FNP) by SMS to your mobile {phone}. Enter it below.</source>
        <translation>Ju dërguam me SMS një Fjalëkalim me një Përdorim (FNP) në celularin {phone}. Vendoseni më poshtë.</translation>
    </message>
    <message>
        <source>&amp;Code (FNP)</source>
        <translation>Ko&amp;di (FNP)</translation>
    </message>
    <message>
        <source>One-time code from the SMS</source>
        <translation>Kodi FNP nga SMS-ja</translation>
    </message>
    <message>
        <source>{digits} digits</source>
        <translation>{digits} shifra</translation>
    </message>
    <message>
        <source>No SMS? Check the mobile signal and that the SMS inbox is not full, or restart the phone; then resend the code.</source>
        <translation>Nuk ju erdhi SMS-ja? Kontrolloni sinjalin e rrjetit dhe që kutia e mesazheve të mos jetë plot, ose rindizni telefonin; pastaj ridërgoni kodin.</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished">Llogaritë</translation>
    </message>
    <message>
        <source>Payments and transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Branch</source>
        <translation type="unfinished">Dega Internet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters; at least {minimum}, at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. We received your suggestion. Its reference number is below: quote it when you contact us about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. We received your complaint. Its reference number is below: quote it when you contact us about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 069 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what went wrong or what we could do better. Every submission gets a reference number, and you can follow its status below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened, with dates and amounts if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My submissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Suggestions &amp; Complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Call Center (24 hours, 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Call Center number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the Call Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the e-mail address {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-mail to {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to us on WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the bank&apos;s contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application on this computer opens this link. Copy the contact instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are here for you 24 hours a day, 7 days a week. Call, write an e-mail or send us a message on WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the contacts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;suggestion or complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the suggestions and complaints form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontaktet</translation>
    </message>
    <message>
        <source>Contacts — Internet Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send a suggestion or a complaint online, log in and open Suggestions &amp; Complaints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsStep</name>
    <message>
        <source>Log in to the Internet Branch</source>
        <translation>Hyrje në Degën Internet</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Vazhdo</translation>
    </message>
    <message>
        <source>Enter your customer number (9 digits) or the personal number of your ID card, and your password. A one-time code (FNP) will then be sent to your mobile.</source>
        <translation>Vendosni numrin e klientit (9 shifra) ose numrin personal të kartës së identitetit, dhe fjalëkalimin. Më pas do t&apos;ju dërgohet në celular një Fjalëkalim me një Përdorim (FNP).</translation>
    </message>
    <message>
        <source>C&amp;ustomer number or personal number</source>
        <translation>N&amp;umri i klientit ose numri personal</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Fjalëkalimi</translation>
    </message>
    <message>
        <source>e.g. 123456789 or J12345678A</source>
        <translation>p.sh. 123456789 ose J12345678A</translation>
    </message>
    <message>
        <source>Customer number or personal number</source>
        <translation>Numri i klientit ose numri personal</translation>
    </message>
    <message>
        <source>The 9-digit customer number, or the personal number of the ID card: a letter, 8 digits and a letter.</source>
        <translation>Numri i klientit me 9 shifra, ose numri personal i kartës së identitetit: një shkronjë, 8 shifra dhe një shkronjë.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>&amp;Remember my customer number on this computer</source>
        <translation>&amp;Mbaj mend numrin e klientit në këtë kompjuter</translation>
    </message>
    <message>
        <source>Remember my customer number on this computer</source>
        <translation>Mbaj mend numrin e klientit në këtë kompjuter</translation>
    </message>
    <message>
        <source>Only the customer number is kept, in the system keyring. Never the password.</source>
        <translation>Ruhet vetëm numri i klientit, në ruajtësen e sigurt të sistemit. Kurrë fjalëkalimi.</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the customer number cannot be remembered.</source>
        <translation>Ky kompjuter nuk ka ruajtëse të sigurt të sistemit, prandaj numri i klientit nuk mund të mbahet mend.</translation>
    </message>
</context>
<context>
    <name>DemoPhone</name>
    <message>
        <source>Demo phone</source>
        <translation>Telefoni demo</translation>
    </message>
    <message>
        <source>Demo mode: this window stands in for the customers&apos; phones and shows every SMS the bank sends, newest first.</source>
        <translation>Mënyra demo: kjo dritare zëvendëson telefonat e klientëve dhe tregon çdo SMS që dërgon banka, më të rejat në krye.</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Mesazhet SMS</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Error message</source>
        <translation>Mesazh gabimi</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>The code is wrong. You have %n attempt(s) left before your user is blocked.</source>
        <translation>
            <numerusform>Kodi është i gabuar. Ju mbetet %n përpjekje para se përdoruesi të bllokohet.</numerusform>
            <numerusform>Kodi është i gabuar. Ju mbeten %n përpjekje para se përdoruesi të bllokohet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your user is blocked after too many wrong attempts. Call the Call Center at {number} (24 hours) to unblock it.</source>
        <translation>Përdoruesi juaj është bllokuar pas shumë përpjekjeve të gabuara. Telefononi Call Center në {number} (24 orë) për ta zhbllokuar.</translation>
    </message>
    <message>
        <source>This cannot be done in the Internet Branch. Please call the Call Center at {number}.</source>
        <translation>Ky veprim nuk mund të kryhet në Degën Internet. Ju lutemi telefononi Call Center në {number}.</translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation>
            <numerusform>Mund të kërkoni një kod të ri pas %n sekonde.</numerusform>
            <numerusform>Mund të kërkoni një kod të ri pas %n sekondash.</numerusform>
        </translation>
    </message>
    <message>
        <source>To use the Internet Branch you need to sign the Retail Banking Agreement (KSHBI), version 002 or higher, at any branch of the bank.</source>
        <translation>Për të përdorur Degën Internet duhet të nënshkruani Kontratën e Shërbimeve Bankare për Individë (KSHBI), versioni 002 ose më i ri, në çdo degë të bankës.</translation>
    </message>
    <message>
        <source>Your Retail Banking Agreement (KSHBI) is an older version. Sign version 002 or higher at any branch of the bank, then register here.</source>
        <translation>Kontrata juaj KSHBI është e një versioni më të vjetër. Nënshkruani versionin 002 ose më të ri në çdo degë të bankës, pastaj regjistrohuni këtu.</translation>
    </message>
    <message>
        <source>No mobile number is registered with the bank for you. Register your mobile number at any branch: the codes are sent to it by SMS.</source>
        <translation>Nuk keni numër celulari të regjistruar në bankë. Regjistroni numrin e celularit në çdo degë: kodet FNP dërgohen aty me SMS.</translation>
    </message>
    <message>
        <source>The Internet Branch is for retail (individual) customers. Business customers, please contact your branch.</source>
        <translation>Dega Internet është për klientët individë. Klientët biznes, ju lutemi kontaktoni degën tuaj.</translation>
    </message>
    <message>
        <source>You cannot register for the Internet Branch. Please visit a branch.</source>
        <translation>Nuk mund të regjistroheni në Degën Internet. Ju lutemi paraqituni në një degë.</translation>
    </message>
    <message>
        <source>There is not enough money in the account for this amount and its fee. Available: {available}.</source>
        <translation>Llogaria nuk ka gjendje të mjaftueshme për këtë shumë dhe komisionin. Gjendja e disponueshme: {available}.</translation>
    </message>
    <message>
        <source>There is not enough money in the account for this amount and its fee.</source>
        <translation>Llogaria nuk ka gjendje të mjaftueshme për këtë shumë dhe komisionin.</translation>
    </message>
    <message>
        <source>This transfer would exceed your daily limit of {limit}. You can still send {remaining} today.</source>
        <translation>Kjo transfertë tejkalon limitin tuaj ditor prej {limit}. Sot mund të dërgoni edhe {remaining}.</translation>
    </message>
    <message numerus="yes">
        <source>Your current password is wrong. You have %n attempt(s) left before your user is blocked.</source>
        <translation>
            <numerusform>Fjalëkalimi aktual është i gabuar. Ju mbetet %n përpjekje para se përdoruesi të bllokohet.</numerusform>
            <numerusform>Fjalëkalimi aktual është i gabuar. Ju mbeten %n përpjekje para se përdoruesi të bllokohet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers are closed during the daily update (21:00 to midnight). They open again at 00:00. You can also send it after midnight.</source>
        <translation>Transfertat janë të mbyllura gjatë procesit ditor të përditësimit (21:00 deri në mesnatë). Hapen sërish në 00:00. Mund ta dërgoni edhe pas mesnatës.</translation>
    </message>
    <message>
        <source>Enter your 9-digit customer number, or the personal number of your ID card (a letter, 8 digits and a letter, e.g. J12345678A).</source>
        <translation>Vendosni numrin e klientit me 9 shifra, ose numrin personal të kartës së identitetit (një shkronjë, 8 shifra dhe një shkronjë, p.sh. J12345678A).</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Vendosni fjalëkalimin.</translation>
    </message>
    <message>
        <source>You were logged out after 5 minutes without activity, for your security. Log in again to continue: what you were typing is kept.</source>
        <translation>Për sigurinë tuaj, u nxorët nga sistemi pas 5 minutash pa aktivitet. Hyni sërish për të vazhduar: ajo që po shkruanit është ruajtur.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code (FNP) from the SMS we sent you.</source>
        <translation>Vendosni kodin FNP me 6 shifra nga SMS-ja që ju dërguam.</translation>
    </message>
    <message>
        <source>The customer number or the password is wrong. Check them and try again: after 5 wrong attempts the user is blocked.</source>
        <translation>Numri i klientit ose fjalëkalimi është i gabuar. Kontrollojini dhe provoni sërish: pas 5 përpjekjeve të gabuara përdoruesi bllokohet.</translation>
    </message>
    <message>
        <source>You are not registered for the Internet Branch yet. Choose Register to create your password.</source>
        <translation>Ende nuk jeni regjistruar në Degën Internet. Zgjidhni Regjistrohu për të krijuar fjalëkalimin.</translation>
    </message>
    <message>
        <source>The code is no longer valid. Press Resend the code to get a new one.</source>
        <translation>Kodi nuk është më i vlefshëm. Shtypni Ridërgo kodin për të marrë një kod të ri.</translation>
    </message>
    <message>
        <source>This step is no longer valid. Please start again from the beginning.</source>
        <translation>Ky hap nuk është më i vlefshëm. Ju lutemi filloni sërish nga fillimi.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Seanca juaj ka përfunduar. Ju lutemi hyni sërish.</translation>
    </message>
    <message>
        <source>You must change your password before you can continue.</source>
        <translation>Duhet të ndryshoni fjalëkalimin para se të vazhdoni.</translation>
    </message>
    <message>
        <source>The new password does not meet the rules listed below it.</source>
        <translation>Fjalëkalimi i ri nuk plotëson rregullat e renditura poshtë tij.</translation>
    </message>
    <message>
        <source>You used this password recently. Choose one different from your last three.</source>
        <translation>Këtë fjalëkalim e keni përdorur së fundi. Zgjidhni një të ndryshëm nga tre të fundit.</translation>
    </message>
    <message>
        <source>Enter your 9-digit customer number, as written on your banking agreement.</source>
        <translation>Vendosni numrin e klientit me 9 shifra, siç është shkruar në kontratën tuaj bankare.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Vendosni fjalëkalimin aktual.</translation>
    </message>
    <message>
        <source>The new password does not meet every rule yet: see the list below it.</source>
        <translation>Fjalëkalimi i ri ende nuk plotëson të gjitha rregullat: shihni listën poshtë tij.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password again in both.</source>
        <translation>Dy fjalëkalimet e reja nuk janë njësoj. Shkruajeni sërish fjalëkalimin e ri në të dyja fushat.</translation>
    </message>
    <message>
        <source>You are already registered. Log in with your password, or use Forgot password? if you do not remember it.</source>
        <translation>Jeni regjistruar tashmë. Hyni me fjalëkalimin tuaj, ose përdorni Keni harruar fjalëkalimin? nëse nuk e mbani mend.</translation>
    </message>
    <message>
        <source>We cannot find this customer number. Check it and try again.</source>
        <translation>Nuk e gjejmë këtë numër klienti. Kontrollojeni dhe provoni sërish.</translation>
    </message>
    <message>
        <source>This account cannot be found. Refresh the page and try again.</source>
        <translation>Kjo llogari nuk gjendet. Rifreskoni faqen dhe provoni sërish.</translation>
    </message>
    <message>
        <source>The IBAN is not valid. An Albanian IBAN has 28 characters and starts with AL; check it against the payee&apos;s details.</source>
        <translation>IBAN-i nuk është i vlefshëm. Një IBAN shqiptar ka 28 karaktere dhe fillon me AL; krahasojeni me të dhënat e përfituesit.</translation>
    </message>
    <message>
        <source>The amount is not valid. Enter a positive amount with at most two decimals.</source>
        <translation>Shuma nuk është e vlefshme. Vendosni një shumë pozitive me jo më shumë se dy shifra dhjetore.</translation>
    </message>
    <message>
        <source>The debit and credit accounts are the same. Choose another account.</source>
        <translation>Llogaria që debitohet dhe ajo që kreditohet janë e njëjta. Zgjidhni një llogari tjetër.</translation>
    </message>
    <message>
        <source>The currency must be the currency of the account you pay from.</source>
        <translation>Monedha duhet të jetë monedha e llogarisë nga e cila paguani.</translation>
    </message>
    <message>
        <source>This payment is no longer waiting for confirmation. Check its status in the payment history.</source>
        <translation>Kjo pagesë nuk pret më konfirmim. Kontrolloni gjendjen e saj te historiku i pagesave.</translation>
    </message>
    <message>
        <source>This payment cannot be found. Check the payment history.</source>
        <translation>Kjo pagesë nuk gjendet. Kontrolloni historikun e pagesave.</translation>
    </message>
    <message>
        <source>This payment was already sent with other details. Start a new payment.</source>
        <translation>Kjo pagesë është dërguar tashmë me të dhëna të tjera. Filloni një pagesë të re.</translation>
    </message>
    <message>
        <source>Some of the data is not valid. Check the highlighted fields.</source>
        <translation>Disa të dhëna nuk janë të vlefshme. Kontrolloni fushat e shënuara.</translation>
    </message>
    <message>
        <source>The bank&apos;s server cannot be reached. Check your internet connection and try again.</source>
        <translation>Serveri i bankës nuk mund të arrihet. Kontrolloni lidhjen me internetin dhe provoni sërish.</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it and try again.</source>
        <translation>Teksti është shumë i gjatë. Shkurtojeni dhe provoni sërish.</translation>
    </message>
    <message>
        <source>Too many attempts in a short time. Wait a minute and try again.</source>
        <translation>Shumë përpjekje në pak kohë. Prisni një minutë dhe provoni sërish.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Fjalëkalimi është shumë i shkurtër: përdorni të paktën 8 karaktere.</translation>
    </message>
    <message>
        <source>The password is too long: use at most 64 characters.</source>
        <translation>Fjalëkalimi është shumë i gjatë: përdorni jo më shumë se 64 karaktere.</translation>
    </message>
    <message>
        <source>Add at least one letter.</source>
        <translation>Shtoni të paktën një shkronjë.</translation>
    </message>
    <message>
        <source>Add at least one digit.</source>
        <translation>Shtoni të paktën një shifër.</translation>
    </message>
    <message>
        <source>The password must not contain your customer number.</source>
        <translation>Fjalëkalimi nuk duhet të përmbajë numrin tuaj të klientit.</translation>
    </message>
    <message>
        <source>This password is too common and easy to guess. Choose another one.</source>
        <translation>Ky fjalëkalim është shumë i zakonshëm dhe merret me mend lehtë. Zgjidhni një tjetër.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again; if it happens again, call the Call Center at {number} and quote request number {request_id}.</source>
        <translation>Ndodhi një gabim. Ju lutemi provoni sërish; nëse përsëritet, telefononi Call Center në {number} dhe jepni numrin e kërkesës {request_id}.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again; if it happens again, call the Call Center at {number}.</source>
        <translation>Ndodhi një gabim. Ju lutemi provoni sërish; nëse përsëritet, telefononi Call Center në {number}.</translation>
    </message>
    <message>
        <source>The bank&apos;s server did not answer in time. Please try again; if it happens again, call the Call Center at {number}.</source>
        <translation>Serveri i bankës nuk u përgjigj në kohë. Ju lutemi provoni sërish; nëse përsëritet, telefononi Call Center në {number}.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Write a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject can have at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message needs at least {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message can have at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address or phone number we should use, or choose not to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mobile number like 069 123 4567 or +355 69 123 4567, or an international number starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the contact empty when you do not want to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is too long: at most 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is not valid. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help</source>
        <extracomment>`help:&lt;topic&gt;` links move between help topics inside the panel.</extracomment>
        <translation type="unfinished">Ndihmë</translation>
    </message>
    <message>
        <source>Search help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Mbyll</translation>
    </message>
    <message>
        <source>Close help (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message numerus="yes">
        <source>For your security you will be logged out in %n second(s) because there was no activity. Do you want to continue?</source>
        <translation>
            <numerusform>Për sigurinë tuaj do të nxirreni nga sistemi pas %n sekonde, sepse nuk pati aktivitet. Doni të vazhdoni?</numerusform>
            <numerusform>Për sigurinë tuaj do të nxirreni nga sistemi pas %n sekondash, sepse nuk pati aktivitet. Doni të vazhdoni?</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Jeni ende aty?</translation>
    </message>
    <message>
        <source>&amp;Continue the session</source>
        <translation>&amp;Vazhdo seancën</translation>
    </message>
    <message>
        <source>Continue the session</source>
        <translation>Vazhdo seancën</translation>
    </message>
    <message>
        <source>&amp;Log out now</source>
        <translation>&amp;Dil tani</translation>
    </message>
    <message>
        <source>Log out now</source>
        <translation>Dil tani</translation>
    </message>
</context>
<context>
    <name>InfoLabel</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Internet Branch — Log in</source>
        <translation>Dega Internet — Hyrje</translation>
    </message>
    <message>
        <source>Internet Branch</source>
        <translation>Dega Internet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>Help for this step (F1)</source>
        <translation>Ndihmë për këtë hap (F1)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Virtual keyboard</source>
        <translation>Tastiera virtuale</translation>
    </message>
    <message>
        <source>Show or hide the on-screen keyboard (Alt+K)</source>
        <translation>Shfaq ose fshih tastierën virtuale (Alt+K)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Prapa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Prapa</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;Regjistrohu</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Regjistrohu</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Keni &amp;harruar fjalëkalimin?</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Keni harruar fjalëkalimin?</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontaktet</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktet</translation>
    </message>
    <message>
        <source>Waiting for the bank</source>
        <translation>Në pritje të bankës</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last login: {when}</source>
        <translation>Hyrja e fundit: {when}</translation>
    </message>
    <message>
        <source>This is your first login to the Internet Branch.</source>
        <translation>Kjo është hyrja juaj e parë në Degën Internet.</translation>
    </message>
    <message>
        <source>Internet Branch</source>
        <translation>Dega Internet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>Help for this page (F1)</source>
        <translation>Ndihmë për këtë faqe (F1)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menuja</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>You are registered for the Internet Branch. Log in now with your customer number and your new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Log in now with your new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. For your security, all your other Internet Branch sessions were ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Transfer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update on your submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log&amp;ins to the Internet Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates on my complaints and su&amp;ggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You received {amount} from {payer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You received {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You received a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your transfer of {amount} to {payee} was not executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your transfer of {amount} was not executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your transfer of {amount} will be executed after the daily update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your transfer of {amount} to {payee} was executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your transfer of {amount} was executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Internet Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged in to {where} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged in to {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was not you, change your password and call the Call Center at {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was not you, call the Call Center at {number} at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your submission {reference} is now: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is news about your submission {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is news about your submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer not executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a new notification from the bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordResetSteps</name>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your customer number or the personal number of your ID card. We send a one-time code (FNP) to the mobile number registered with the bank, then you choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer number or personal number</source>
        <translation type="unfinished">N&amp;umri i klientit ose numri personal</translation>
    </message>
    <message>
        <source>e.g. 123456789 or J12345678A</source>
        <translation type="unfinished">p.sh. 123456789 ose J12345678A</translation>
    </message>
    <message>
        <source>Customer number or personal number</source>
        <translation type="unfinished">Numri i klientit ose numri personal</translation>
    </message>
    <message>
        <source>Enter the code and choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>{min} to {max} characters</source>
        <extracomment>Longer than the policy allows, so &quot;too long&quot; can be shown rather than typing silently stopping.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not contain your customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a common, easy-to-guess password (the bank checks this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of your last {count} passwords (the bank checks this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by the bank when you send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule checked here is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the passwords as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure nobody can see your screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password needs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationSteps</name>
    <message>
        <source>Register for the Internet Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can register if you are an individual customer of the bank, have signed the Retail Banking Agreement (KSHBI) version 002 or higher, and have a mobile number registered with the bank. We send a one-time code (FNP) to that mobile, then you choose your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 9-digit customer number of your agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code and choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>Në rregull</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Jo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Provo sërish</translation>
    </message>
</context>
</TS>
