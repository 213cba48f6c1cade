console.log("hi ?? there \\ \"x\"");
