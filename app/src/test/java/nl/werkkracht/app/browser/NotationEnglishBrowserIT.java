package nl.werkkracht.app.browser;

/** {@link NotationBrowserContract} in a Chromium whose own language is English. */
class NotationEnglishBrowserIT extends NotationBrowserContract {

    @Override
    String browserLanguage() {
        return "en-US";
    }

    @Override
    String expectedNavigatorLanguage() {
        return "en";
    }
}
