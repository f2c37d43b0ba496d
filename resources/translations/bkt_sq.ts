<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total per currency: {totals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on an account to see its transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click an account to see its transactions. Available balance is the balance minus payments not yet booked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeStep</name>
    <message>
        <source>The code is valid for {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend the code ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a one-time code (FNP) by SMS to your mobile {phone}. Enter it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code (FNP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code from the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{digits} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS? Check the mobile signal and that the SMS inbox is not full, or restart the phone; then resend the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsStep</name>
    <message>
        <source>Log in to the Internet Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your customer number (9 digits) or the personal number of your ID card, and your password. A one-time code (FNP) will then be sent to your mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer number or personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 123456789 or J12345678A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number or personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 9-digit customer number, or the personal number of the ID card: a letter, 8 digits and a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember my customer number on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember my customer number on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customer number is kept, in the system keyring. Never the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring, so the customer number cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPhone</name>
    <message>
        <source>Demo phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: this window stands in for the customers&apos; phones and shows every SMS the bank sends, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>The code is wrong. You have %n attempt(s) left before your user is blocked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your user is blocked after too many wrong attempts. Call the Call Center at {number} (24 hours) to unblock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done in the Internet Branch. Please call the Call Center at {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can ask for a new code in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To use the Internet Branch you need to sign the Retail Banking Agreement (KSHBI), version 002 or higher, at any branch of the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Retail Banking Agreement (KSHBI) is an older version. Sign version 002 or higher at any branch of the bank, then register here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mobile number is registered with the bank for you. Register your mobile number at any branch: the codes are sent to it by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Internet Branch is for retail (individual) customers. Business customers, please contact your branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot register for the Internet Branch. Please visit a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough money in the account for this amount and its fee. Available: {available}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough money in the account for this amount and its fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer would exceed your daily limit of {limit}. You can still send {remaining} today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers are closed during the daily update (21:00 to midnight). They open again at 00:00. You can also send it after midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your 9-digit customer number, or the personal number of your ID card (a letter, 8 digits and a letter, e.g. J12345678A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were logged out after 5 minutes without activity, for your security. Log in again to continue: what you were typing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code (FNP) from the SMS we sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number or the password is wrong. Check them and try again: after 5 wrong attempts the user is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not registered for the Internet Branch yet. Choose Register to create your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is no longer valid. Press Resend the code to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is no longer valid. Please start again from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must change your password before you can continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password does not meet the rules listed below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You used this password recently. Choose one different from your last three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already registered. Log in with your password, or use Forgot password? if you do not remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot find this customer number. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot be found. Refresh the page and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN is not valid. An Albanian IBAN has 28 characters and starts with AL; check it against the payee&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid. Enter a positive amount with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debit and credit accounts are the same. Choose another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be the currency of the account you pay from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is no longer waiting for confirmation. Check its status in the payment history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment cannot be found. Check the payment history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was already sent with other details. Start a new payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the data is not valid. Check the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s server cannot be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long. Shorten it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts in a short time. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again; if it happens again, call the Call Center at {number} and quote request number {request_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again; if it happens again, call the Call Center at {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s server did not answer in time. Please try again; if it happens again, call the Call Center at {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message numerus="yes">
        <source>For your security you will be logged out in %n second(s) because there was no activity. Do you want to continue?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Internet Branch — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for this step (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the on-screen keyboard (Alt+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last login: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first login to the Internet Branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for this page (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
