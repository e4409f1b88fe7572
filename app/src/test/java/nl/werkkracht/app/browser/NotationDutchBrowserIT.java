package nl.werkkracht.app.browser;

/** {@link NotationBrowserContract} in a Chromium whose own language is Dutch. */
class NotationDutchBrowserIT extends NotationBrowserContract {

    @Override
    String browserLanguage() {
        return "nl";
    }

    @Override
    String expectedNavigatorLanguage() {
        return "nl";
    }
}
