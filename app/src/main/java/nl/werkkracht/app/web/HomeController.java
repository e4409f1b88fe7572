package nl.werkkracht.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: the regional monitor. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/monitor";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
