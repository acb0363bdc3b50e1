package com.clinicfaq.chatbot;

import java.util.Arrays;

import com.clinicfaq.chatbot.eval.EvalCommand;
import com.clinicfaq.chatbot.nlu.EncoderPreloading;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The ketamine-treatment FAQ chatbot service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChatbotApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "eval".equals(args[0])) {
			System.exit(EvalCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication application = new SpringApplication(ChatbotApplication.class);
		// the Docker image starts the ahead-of-time processed beans: settings they fixed at build time fail the start
		application.addListeners(new AheadOfTimeSettings());
		// the sentence encoders load on their own thread while Spring starts (restart time: docs/measurements.md)
		application.addListeners(new EncoderPreloading());
		application.run(args);
	}

}
