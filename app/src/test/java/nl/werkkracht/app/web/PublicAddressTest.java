package nl.werkkracht.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Without {@code werkkracht.public-base-url} links use the socket's address, never the Host header. */
class PublicAddressTest {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void shouldUseTheSocketAddressNotTheHostHeaderWithoutTheSetting() {
        var request = new MockHttpServletRequest("POST", "/api/v1/scans/1/invitations");
        request.addHeader("Host", "evil.example");
        request.setServerName("evil.example");
        request.setLocalAddr("127.0.0.1");
        request.setLocalPort(8080);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(PublicAddress.link("/s/{token}", "abc")).isEqualTo("http://localhost:8080/s/abc");

        request.setLocalAddr("10.1.2.3");
        assertThat(PublicAddress.base()).isEqualTo("http://10.1.2.3:8080");
    }

    @Test
    void shouldRefuseAnAddressThatIsNoWebAddress() {
        assertThat(PublicAddress.normalise(" https://werkkracht.example.nl/ "))
                .isEqualTo("https://werkkracht.example.nl");
        assertThat(PublicAddress.normalise("")).isEmpty();
        assertThatThrownBy(() -> PublicAddress.normalise("ftp://werkkracht.example.nl"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicAddress.normalise("werkkracht.example.nl"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
