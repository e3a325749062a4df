fn main() {
    vendorplan_web::start();
}
